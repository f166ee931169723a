#include "FieldErrorStyle.h"

#include "result/ResultStyle.h"

#include <QLabel>
#include <QVariant>
#include <QWidget>

namespace dv::ui {

namespace {
constexpr char kRejected[] = "fieldRejected";
}

void FieldErrorStyle::mark(QWidget *input, bool rejected)
{
    if (!input || isMarked(input) == rejected)
        return;
    input->setProperty(kRejected, rejected);
    // A style sheet on the input alone: its frame turns red on every style; the rest of the
    // dialog keeps the platform look.
    const QString danger = ResultStyle::toneColors(review::Band::Tone::Danger).background.name();
    input->setStyleSheet(rejected ? QStringLiteral("%1 { border: 2px solid %2; }")
                                        .arg(QString::fromLatin1(input->metaObject()->className())
                                                 .replace(QLatin1String("::"), QLatin1String("--")),
                                             danger)
                                  : QString());
}

bool FieldErrorStyle::isMarked(const QWidget *input)
{
    return input && input->property(kRejected).toBool();
}

void FieldErrorStyle::styleMessage(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     ResultStyle::toneColors(review::Band::Tone::Danger).background);
    label->setPalette(palette);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

} // namespace dv::ui
