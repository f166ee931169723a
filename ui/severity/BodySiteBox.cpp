#include "BodySiteBox.h"

#include <QCollator>
#include <algorithm>

namespace dv::ui {

BodySiteBox::BodySiteBox(QWidget *parent) : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setPlaceholderText(tr("Choose the body site"));
}

void BodySiteBox::setSites(const QVector<model::BodySite> &sites, const QStringList &accepted,
                           const QString &locale)
{
    const QString previous = currentCode();
    QVector<QPair<QString, QString>> entries; // name, code
    for (const model::BodySite &site : sites) {
        if (!accepted.isEmpty() && !accepted.contains(site.code))
            continue;
        QString name = model::localized(site.name, locale);
        entries.append({name.isEmpty() ? site.code : name, site.code});
    }
    QCollator collator{QLocale(locale)};
    std::sort(entries.begin(), entries.end(),
              [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    QSignalBlocker blocker(this);
    clear();
    for (const auto &entry : entries)
        addItem(entry.first, entry.second);
    setCurrentIndex(-1);
    blocker.unblock();
    if (!setCurrentCode(previous))
        emit currentIndexChanged(-1);
}

QString BodySiteBox::currentCode() const
{
    return currentIndex() < 0 ? QString() : currentData().toString();
}

bool BodySiteBox::setCurrentCode(const QString &code)
{
    if (code.isEmpty())
        return false;
    const int index = findData(code);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

QString BodySiteBox::siteName(const QVector<model::BodySite> &sites, const QString &code,
                              const QString &locale)
{
    for (const model::BodySite &site : sites) {
        if (site.code == code) {
            const QString name = model::localized(site.name, locale);
            return name.isEmpty() ? code : name;
        }
    }
    return code;
}

} // namespace dv::ui
