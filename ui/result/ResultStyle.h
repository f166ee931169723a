#pragma once

#include "review/Bands.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <optional>

class QLabel;
class QLayout;
class QScrollArea;
class QWidget;

namespace dv::ui {

/// Presentation rules shared by the result panels, so that every panel formats a probability
/// and colours a band the same way.
class ResultStyle
{
    Q_DECLARE_TR_FUNCTIONS(ResultStyle)

public:
    struct ToneColors
    {
        QColor background;
        QColor text;
    };
    /// Fixed colours rather than palette roles: a band must mean the same colour on every theme.
    /// Each background keeps at least 4.5:1 contrast with its text colour (WCAG AA).
    static ToneColors toneColors(review::Band::Tone tone);
    /// Fill of the probability bars: a neutral accent, so that a probability is not read as a
    /// risk band.
    static QColor probabilityColor();

    /// "94.9 %": one decimal, in the user's locale, as sent (never renormalised).
    static QString percent(double value);
    static QString percent(std::optional<double> value);
    /// "8.4 of 100" for 0–100 values that are not percentages (entropy).
    static QString outOf100(std::optional<double> value);
    static QString yesNo(std::optional<bool> value);
    static QString notReported();
    /// The server's ISO 8601 issue time in the user's locale; as sent when it does not parse.
    static QString issuedText(const QString &issued);

    /// Headings scale from the user's font (high-DPI and accessibility settings), never a
    /// fixed pixel size.
    static QLabel *heading(const QString &text, QWidget *parent, qreal scale = 1.15);
    /// A word-wrapped label whose text can be selected and copied.
    static QLabel *textLabel(const QString &text, QWidget *parent);
    /// Space between sections, from the font so it scales with it.
    static int sectionSpacing(const QWidget *widget);
    /// Lays out a result panel: `header` pinned on top, a rule, then `scroll` (set up to scroll
    /// vertically only) taking the rest, so the disclaimer and report id never scroll away.
    static void pinHeaderAbove(QWidget *panel, QWidget *header, QScrollArea *scroll);
};

} // namespace dv::ui
