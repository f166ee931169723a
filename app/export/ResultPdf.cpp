#include "ResultPdf.h"

#include "ExportFile.h"
#include "ResultDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace dv::exporting {

namespace {

// Device pixels at 96 per inch, so that the HTML's pixel sizes are CSS pixels. The PDF stays
// vector: text is text, and photos keep their own pixels whatever size they are drawn at.
constexpr int kResolution = 96;
constexpr double kHeaderHeight = 60;
constexpr double kFooterHeight = 58;
constexpr double kGap = 10;

QFont sized(double points, bool bold = false)
{
    QFont font;
    font.setPointSizeF(points);
    font.setBold(bold);
    // No ligatures: with them "qualified" is extracted as "quali\uFB01ed", and a search in the
    // PDF for the disclaimer or a condition's name would miss it.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

class PagePainter
{
public:
    PagePainter(QPainter &painter, const ResultExportContent &content, QSizeF page)
        : m_painter(painter), m_content(content), m_page(page)
    {}

    void header()
    {
        const review::Review &review = m_content.review;
        const double w = m_page.width();
        m_painter.setPen(Qt::black);
        m_painter.setFont(sized(10, true));
        const QString title =
            review.qaMode ? ResultPdf::tr("Dermaview — %1").arg(review::Reviewer::qaWatermark())
                          : ResultPdf::tr("Dermaview — preliminary AI decision support");
        if (review.qaMode)
            m_painter.setPen(QColor(0xb0, 0x00, 0x20));
        m_painter.drawText(QRectF(0, 0, w, 18), Qt::AlignLeft | Qt::AlignVCenter, title);
        m_painter.setPen(Qt::black);
        const QString id =
            review.reportId.isEmpty() ? ResultPdf::tr("not reported") : review.reportId;
        const QString issued =
            review.issued.isEmpty() ? ResultPdf::tr("not reported") : review.issued;
        drawElided(QRectF(0, 19, w, 16), Qt::AlignLeft,
                   ResultPdf::tr("Report ID: %1 · Issued: %2").arg(id, issued), sized(8.5, true));
        drawElided(QRectF(0, 35, w, 14), Qt::AlignLeft,
                   ResultPdf::tr("Status: preliminary · Server: %1").arg(m_content.server),
                   sized(8));
        m_painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.8));
        m_painter.drawLine(QPointF(0, kHeaderHeight - 8), QPointF(w, kHeaderHeight - 8));
    }

    void footer(int page, int pageCount)
    {
        const double w = m_page.width();
        const double top = m_page.height() - kFooterHeight;
        m_painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.8));
        m_painter.drawLine(QPointF(0, top + 4), QPointF(w, top + 4));
        m_painter.setPen(Qt::black);
        m_painter.setFont(sized(8, true));
        m_painter.drawText(QRectF(0, top + 8, w, 30), Qt::AlignLeft | Qt::TextWordWrap,
                           review::Reviewer::disclaimer());
        drawElided(QRectF(0, top + 40, w * 0.75, 14), Qt::AlignLeft,
                   ResultPdf::tr("Dermaview %1 · exported %2")
                       .arg(m_content.appVersion,
                            QLocale().toString(m_content.exportedAt, QLocale::ShortFormat)),
                   sized(7.5));
        m_painter.setFont(sized(7.5));
        m_painter.drawText(QRectF(w * 0.75, top + 40, w * 0.25, 14), Qt::AlignRight,
                           ResultPdf::tr("Page %1 of %2").arg(page).arg(pageCount));
    }

    void watermark()
    {
        m_painter.save();
        m_painter.translate(m_page.width() / 2, m_page.height() / 2);
        m_painter.rotate(-50);
        QFont font = sized(54, true);
        m_painter.setFont(font);
        m_painter.setPen(QColor(200, 0, 0, 70));
        const double diagonal = std::hypot(m_page.width(), m_page.height());
        m_painter.drawText(QRectF(-diagonal / 2, -60, diagonal, 120), Qt::AlignCenter,
                           review::Reviewer::qaWatermark());
        m_painter.restore();
    }

private:
    void drawElided(const QRectF &rect, Qt::Alignment align, const QString &text, const QFont &font)
    {
        m_painter.setFont(font);
        const QFontMetricsF metrics(font, m_painter.device());
        m_painter.drawText(rect, static_cast<int>((align | Qt::AlignVCenter).toInt()),
                           metrics.elidedText(text, Qt::ElideMiddle, rect.width()));
    }

    QPainter &m_painter;
    const ResultExportContent &m_content;
    QSizeF m_page;
};

} // namespace

ResultPdf::Rendered ResultPdf::render(const ResultExportContent &content)
{
    Rendered rendered;
    QBuffer buffer(&rendered.pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 12, 15, 10), QPageLayout::Millimeter);
        writer.setTitle(content.review.reportId.isEmpty()
                            ? tr("Dermaview result")
                            : tr("Dermaview result %1").arg(content.review.reportId));
        writer.setCreator(tr("Dermaview %1").arg(content.appVersion));

        const QSizeF page(writer.width(), writer.height());
        const double bodyTop = kHeaderHeight;
        const QSizeF body(page.width(), page.height() - kHeaderHeight - kFooterHeight - kGap);

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDocumentMargin(0);
        document.setDefaultFont(sized(9));
        ResultDocument::build(document, content, body.width());
        document.setPageSize(body);
        const int pageCount = document.pageCount();

        QPainter painter;
        if (!painter.begin(&writer)) {
            rendered.pdf.clear();
            rendered.error = tr("The PDF could not be started.");
            return rendered;
        }
        PagePainter pages(painter, content, page);
        for (int i = 0; i < pageCount; ++i) {
            if (i > 0)
                writer.newPage();
            pages.header();
            painter.save();
            painter.translate(0, bodyTop - i * body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, i * body.height(), body.width(), body.height());
            painter.setClipRect(context.clip);
            document.documentLayout()->draw(&painter, context);
            painter.restore();
            pages.footer(i + 1, pageCount);
            if (content.review.qaMode)
                pages.watermark();
        }
        if (!painter.end()) {
            rendered.pdf.clear();
            rendered.error = tr("The PDF could not be completed.");
            return rendered;
        }
        rendered.pageCount = pageCount;
    }
    if (rendered.pdf.isEmpty())
        rendered.error = tr("The PDF came out empty.");
    return rendered;
}

bool ResultPdf::write(const ResultExportContent &content, const QString &path, QString *error)
{
    const Rendered rendered = render(content);
    if (rendered.pdf.isEmpty()) {
        if (error)
            *error = tr("Cannot export %1: %2").arg(path, rendered.error);
        return false;
    }
    return ExportFile::write(path, rendered.pdf, error);
}

} // namespace dv::exporting
