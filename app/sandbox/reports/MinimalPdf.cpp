#include "sandbox/reports/MinimalPdf.h"

#include <QStringList>

namespace dv::sandbox {

namespace {

constexpr double pageWidth = 595.0; // A4 in points
constexpr double pageHeight = 842.0;
constexpr double margin = 56.0;

/// WinAnsi (cp1252) for the characters the reports use; anything else becomes '?'.
QByteArray winAnsi(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF)) {
            out.append(static_cast<char>(u));
            continue;
        }
        switch (u) {
        case 0x2014:
            out.append('\x97');
            break; // em dash
        case 0x2013:
            out.append('\x96');
            break; // en dash
        case 0x2019:
            out.append('\x92');
            break;
        case 0x201C:
            out.append('\x93');
            break;
        case 0x201D:
            out.append('\x94');
            break;
        case 0x201E:
            out.append('\x84');
            break;
        case 0x2026:
            out.append('\x85');
            break;
        case 0x20AC:
            out.append('\x80');
            break;
        case 0x0153:
            out.append('\x9C');
            break;
        case 0x2265:
            out.append(">=");
            break;
        default:
            out.append('?');
            break;
        }
    }
    return out;
}

QByteArray escaped(const QByteArray &text)
{
    QByteArray out;
    for (const char c : text) {
        if (c == '(' || c == ')' || c == '\\')
            out.append('\\');
        out.append(c);
    }
    return out;
}

/// Wraps at a character budget derived from Helvetica's average width (~0.5 em).
QStringList wrap(const QString &text, double size)
{
    const auto budget = static_cast<qsizetype>((pageWidth - 2 * margin) / (size * 0.5));
    QStringList lines;
    QString current;
    for (const QString &word : text.split(QLatin1Char(' '))) {
        if (!current.isEmpty() && current.size() + 1 + word.size() > budget) {
            lines.append(current);
            current.clear();
        }
        current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    lines.append(current);
    return lines;
}

} // namespace

void MinimalPdf::newPage()
{
    ++m_pages;
    m_y = pageHeight - 42;
}

void MinimalPdf::addSpace(double points)
{
    m_y -= points;
}

void MinimalPdf::addLine(const QString &text, double size, Style style)
{
    for (const QString &line : wrap(text, size)) {
        if (m_y - size < margin)
            newPage();
        m_y -= size * 1.35;
        m_runs.append({winAnsi(line), margin, m_y, size, style, m_pages});
    }
}

QByteArray MinimalPdf::toPdf(const QString &title) const
{
    // Objects: 1 catalog, 2 pages, 3 Helvetica, 4 Helvetica-Bold, 5 info, then per page
    // a page object and its content stream.
    QVector<QByteArray> objects;
    QByteArray kids;
    for (int page = 1; page <= m_pages; ++page)
        kids += QByteArray::number(6 + (page - 1) * 2) + " 0 R ";
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    objects << "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(m_pages) + " >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding "
               "/WinAnsiEncoding >>";
    objects << "<< /Title (" + escaped(winAnsi(title)) + ") /Producer (Dermaview sandbox) >>";
    for (int page = 1; page <= m_pages; ++page) {
        QByteArray content;
        for (const Run &run : m_runs) {
            if (run.page != page)
                continue;
            content += "BT /" + QByteArray(run.style == Style::Bold ? "F2" : "F1") + ' ' +
                       QByteArray::number(run.size, 'f', 1) + " Tf " +
                       QByteArray::number(run.x, 'f', 1) + ' ' + QByteArray::number(run.y, 'f', 1) +
                       " Td (" + escaped(run.text) + ") Tj ET\n";
        }
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font "
                   "<< /F1 3 0 R /F2 4 0 R >> >> /Contents " +
                       QByteArray::number(7 + (page - 1) * 2) + " 0 R >>";
        objects << "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
                       "endstream";
    }

    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QVector<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R /Info 5 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace dv::sandbox
