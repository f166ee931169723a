#include "ResultStyle.h"

#include <QDateTime>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dv::ui {

ResultStyle::ToneColors ResultStyle::toneColors(review::Band::Tone tone)
{
    using Tone = review::Band::Tone;
    switch (tone) {
    case Tone::Good:
        return {QColor(0x2e, 0x7d, 0x32), Qt::white}; // 5.1:1
    case Tone::Caution:
        return {QColor(0xf9, 0xa8, 0x25), Qt::black}; // 11:1
    case Tone::Warning:
        return {QColor(0xef, 0x6c, 0x00), Qt::black}; // 6.6:1
    case Tone::Danger:
        return {QColor(0xc6, 0x28, 0x28), Qt::white}; // 5.6:1
    case Tone::Unknown:
        break;
    }
    return {QColor(0x61, 0x61, 0x61), Qt::white}; // 6.2:1
}

QColor ResultStyle::probabilityColor()
{
    return QColor(0x15, 0x65, 0xc0);
}

QString ResultStyle::percent(double value)
{
    //: A percentage with its sign, e.g. "94.9 %". French puts a no-break space before %.
    return tr("%1 %").arg(QLocale().toString(value, 'f', 1));
}

QString ResultStyle::percent(std::optional<double> value)
{
    return value ? percent(*value) : notReported();
}

QString ResultStyle::outOf100(std::optional<double> value)
{
    return value ? tr("%1 of 100").arg(QLocale().toString(*value, 'f', 1)) : notReported();
}

QString ResultStyle::yesNo(std::optional<bool> value)
{
    if (!value)
        return notReported();
    return *value ? tr("yes") : tr("no");
}

QString ResultStyle::notReported()
{
    return tr("not reported");
}

QString ResultStyle::issuedText(const QString &issued)
{
    if (issued.isEmpty())
        return tr("unknown time");
    const QDateTime time = QDateTime::fromString(issued, Qt::ISODateWithMs);
    if (!time.isValid())
        return issued;
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QLabel *ResultStyle::heading(const QString &text, QWidget *parent, qreal scale)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    label->setWordWrap(true);
    label->setAccessibleName(text);
    return label;
}

QLabel *ResultStyle::textLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

int ResultStyle::sectionSpacing(const QWidget *widget)
{
    return widget->fontMetrics().height();
}

void ResultStyle::pinHeaderAbove(QWidget *panel, QWidget *header, QScrollArea *scroll)
{
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *rule = new QFrame(panel);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(header);
    layout->addWidget(rule);
    layout->addWidget(scroll, 1);
}

} // namespace dv::ui
