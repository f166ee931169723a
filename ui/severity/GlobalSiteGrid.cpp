#include "GlobalSiteGrid.h"

#include "BodySiteBox.h"
#include "SiteSlot.h"

#include <QGridLayout>

namespace dv::ui {

namespace {
constexpr int kColumns = 3;
}

GlobalSiteGrid::GlobalSiteGrid(QWidget *parent) : QWidget(parent)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
}

void GlobalSiteGrid::setSites(const QStringList &codes, const QVector<model::BodySite> &catalogue,
                              const QString &locale)
{
    QVector<SiteSlot *> kept;
    for (SiteSlot *existing : std::as_const(m_slots)) {
        m_grid->removeWidget(existing);
        if (codes.contains(existing->code()))
            kept.append(existing);
        else
            delete existing;
    }
    m_slots.clear();
    for (const QString &code : codes) {
        SiteSlot *site = nullptr;
        for (SiteSlot *candidate : std::as_const(kept)) {
            if (candidate->code() == code)
                site = candidate;
        }
        if (!site) {
            site = new SiteSlot(code, BodySiteBox::siteName(catalogue, code, locale), this);
            connect(site, &SiteSlot::photoChanged, this, &GlobalSiteGrid::photosChanged);
        }
        site->clearResult();
        const int index = static_cast<int>(m_slots.size());
        m_grid->addWidget(site, index / kColumns, index % kColumns);
        m_slots.append(site);
    }
    emit photosChanged();
}

QStringList GlobalSiteGrid::sites() const
{
    QStringList codes;
    for (const SiteSlot *site : m_slots)
        codes << site->code();
    return codes;
}

SiteSlot *GlobalSiteGrid::slot(const QString &site) const
{
    for (SiteSlot *candidate : m_slots) {
        if (candidate->code() == site)
            return candidate;
    }
    return nullptr;
}

void GlobalSiteGrid::loadPhoto(const QString &site, const QString &path)
{
    if (SiteSlot *found = slot(site))
        found->loadPhoto(path);
}

void GlobalSiteGrid::removePhoto(const QString &site)
{
    if (SiteSlot *found = slot(site))
        found->removePhoto();
}

int GlobalSiteGrid::loadingCount() const
{
    int loading = 0;
    for (const SiteSlot *site : m_slots)
        loading += site->isLoading() ? 1 : 0;
    return loading;
}

QMap<QString, api::ImageUpload> GlobalSiteGrid::uploads() const
{
    QMap<QString, api::ImageUpload> uploads;
    for (const SiteSlot *site : m_slots) {
        if (site->upload() && !site->isLoading())
            uploads.insert(site->code(), *site->upload());
    }
    return uploads;
}

void GlobalSiteGrid::setResults(const review::Review &review)
{
    for (SiteSlot *site : std::as_const(m_slots)) {
        site->clearResult();
        for (const review::ImageReview &image : review.images) {
            if (image.bodySite == site->code())
                site->setResult(image);
        }
    }
}

void GlobalSiteGrid::clearResults()
{
    for (SiteSlot *site : std::as_const(m_slots))
        site->clearResult();
}

QString GlobalSiteGrid::resultText(const QString &site) const
{
    const SiteSlot *found = slot(site);
    return found ? found->resultText() : QString();
}

bool GlobalSiteGrid::showsContribution(const QString &site) const
{
    const SiteSlot *found = slot(site);
    return found && found->showsContribution();
}

bool GlobalSiteGrid::setFieldError(const QString &site, const QString &message)
{
    SiteSlot *found = slot(site);
    if (found)
        found->setFieldError(message);
    return found != nullptr;
}

void GlobalSiteGrid::clearFieldErrors()
{
    for (SiteSlot *site : std::as_const(m_slots))
        site->clearFieldError();
}

QString GlobalSiteGrid::fieldError(const QString &site) const
{
    const SiteSlot *found = slot(site);
    return found ? found->fieldError() : QString();
}

} // namespace dv::ui
