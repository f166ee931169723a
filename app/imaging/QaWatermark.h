#pragma once

// Exports of clinical output revealed in QA mode carry "NOT FOR CLINICAL USE" in the pixels
// themselves, so the mark survives wherever the file goes (DESIGN.md, safety rules).

#include <QCoreApplication>
#include <QImage>

namespace dv::imaging {

class QaWatermark
{
    Q_DECLARE_TR_FUNCTIONS(QaWatermark)

public:
    /// Paints a banner across the top and the same words diagonally across the middle, in
    /// `text` (the caller passes review::Reviewer::qaWatermark()). Needs a QGuiApplication.
    /// Returns the marked image (Format_RGB32); a null input gives a null result.
    static QImage apply(const QImage &image, const QString &text);
};

} // namespace dv::imaging
