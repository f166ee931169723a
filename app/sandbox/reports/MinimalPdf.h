#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace dv::sandbox {

/// A small, dependency-free PDF writer for the sandbox's report PDFs: A4 pages of left-aligned
/// text lines in the 14 standard fonts (Helvetica, Helvetica-Bold), WinAnsi encoding, so no
/// font is embedded and no QGuiApplication is needed (the sandbox also runs inside the CLI).
class MinimalPdf
{
public:
    enum class Style
    {
        Normal,
        Bold,
    };

    /// Adds a line, wrapping it at the page width; starts a new page when the page is full.
    void addLine(const QString &text, double size = 10.5, Style style = Style::Normal);
    void addSpace(double points = 6);
    QByteArray toPdf(const QString &title) const;

private:
    struct Run
    {
        QByteArray text; ///< WinAnsi
        double x, y, size;
        Style style;
        int page;
    };
    void newPage();

    QVector<Run> m_runs;
    int m_pages = 1;
    double m_y = 800;
};

} // namespace dv::sandbox
