#include "ResultDocument.h"

#include "imaging/Legend.h"
#include "imaging/Palettes.h"
#include "review/Bands.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>
#include <QUrl>

namespace dv::exporting {

namespace {

const QString kDanger = QStringLiteral("#b00020");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString percent(double value)
{
    return QLocale().toString(value, 'f', 1) + QStringLiteral(" %");
}

QString optionalPercent(std::optional<double> value)
{
    return value ? percent(*value) : ResultDocument::tr("not reported");
}

QString yesNo(std::optional<bool> value)
{
    if (!value)
        return ResultDocument::tr("not reported");
    return *value ? ResultDocument::tr("yes") : ResultDocument::tr("no");
}

QString number(std::optional<double> value)
{
    return value ? QLocale().toString(*value) : ResultDocument::tr("not reported");
}

/// A header row goes in <thead>: a table broken across pages repeats it on the next page.
QString row(const QStringList &cells, bool header = false)
{
    QString html = header ? QStringLiteral("<thead><tr style=\"background-color:#e8e8e8\">")
                          : QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += (header ? QStringLiteral("<th align=\"left\">") : QStringLiteral("<td>")) + cell +
                (header ? QStringLiteral("</th>") : QStringLiteral("</td>"));
    return html + (header ? QStringLiteral("</tr></thead>") : QStringLiteral("</tr>"));
}

QString table(const QString &rows)
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" "
                          "border=\"1\" style=\"border-color:#bbbbbb; border-style:solid\">") +
           rows + QStringLiteral("</table>");
}

QString keyValueTable(const QVector<QPair<QString, QString>> &pairs)
{
    QString rows;
    for (const auto &[key, value] : pairs)
        rows += QStringLiteral("<tr><td width=\"32%\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(esc(key), value);
    return table(rows);
}

QString danger(const QString &text)
{
    return QStringLiteral("<p style=\"color:%1\"><b>%2</b></p>").arg(kDanger, text);
}

/// Builds the HTML and registers its images on the document.
class Builder
{
public:
    Builder(const ResultExportContent &content, double width) : m_content(content), m_width(width)
    {}

    QString html()
    {
        const review::Review &review = m_content.review;
        QString html = QStringLiteral("<html><body>");
        html += QStringLiteral("<h2>%1</h2>")
                    .arg(esc(ResultDocument::tr("AI decision-support "
                                                "result")));
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(review::Reviewer::disclaimer()));
        if (review.qaMode)
            html += danger(
                esc(ResultDocument::tr("%1 — QA mode: this export may show outputs the service "
                                       "marked invalid, for checking the model only. They must not "
                                       "inform patient care.")
                        .arg(review::Reviewer::qaWatermark())));
        html += facts();
        html += context();
        if (!review.warnings.isEmpty()) {
            html += heading(ResultDocument::tr("Notes on the response"), 3);
            html += list(review.warnings);
        }
        html += combined();
        html += images();
        html += scores();
        return html + QStringLiteral("</body></html>");
    }

private:
    static QString heading(const QString &text, int level)
    {
        // The top margin keeps a heading clear of a table just above it.
        return QStringLiteral("<h%1 style=\"margin-top:14px\">%2</h%1>").arg(level).arg(esc(text));
    }

    static QString list(const QStringList &items)
    {
        QString html = QStringLiteral("<ul>");
        for (const QString &item : items)
            html += QStringLiteral("<li>%1</li>").arg(esc(item));
        return html + QStringLiteral("</ul>");
    }

    static QString qaMark(const review::Gate &gate)
    {
        if (!gate.qaRevealed())
            return QString();
        return danger(esc(ResultDocument::tr("%1 — withheld content revealed for QA")
                              .arg(review::Reviewer::qaWatermark())));
    }

    QString facts() const
    {
        const review::Review &review = m_content.review;
        QVector<QPair<QString, QString>> pairs{
            {ResultDocument::tr("Report ID"),
             review.reportId.isEmpty() ? esc(ResultDocument::tr("not reported"))
                                       : QStringLiteral("<b>%1</b>").arg(esc(review.reportId))},
            {ResultDocument::tr("Issued"),
             esc(review.issued.isEmpty() ? ResultDocument::tr("not reported") : review.issued)},
            {ResultDocument::tr("Status"),
             esc(review.status.isEmpty() || review.status == QLatin1String("preliminary")
                     ? ResultDocument::tr("preliminary")
                     : ResultDocument::tr("preliminary (service status: %1)").arg(review.status))},
            {ResultDocument::tr("Server"), esc(m_content.server)},
        };
        if (review.analysisDuration)
            pairs.append({ResultDocument::tr("Analysis time"),
                          esc(ResultDocument::tr("%1 s").arg(
                              QLocale().toString(*review.analysisDuration, 'f', 2)))});
        pairs.append({ResultDocument::tr("Exported"),
                      esc(QLocale().toString(m_content.exportedAt, QLocale::LongFormat))});
        return keyValueTable(pairs);
    }

    QString context() const
    {
        const review::Review &review = m_content.review;
        QVector<QPair<QString, QString>> pairs;
        if (!review.pathology.isEmpty())
            pairs.append({ResultDocument::tr("Pathology"), esc(review.pathology)});
        if (!review.bodySite.isEmpty())
            pairs.append({ResultDocument::tr("Body site"), esc(review.bodySite)});
        for (const auto &[question, answer] : review.anamnesis)
            pairs.append({question, esc(answer)});
        if (pairs.isEmpty())
            return QString();
        return heading(ResultDocument::tr("Clinical context"), 3) + keyValueTable(pairs);
    }

    QString bar(double percentValue)
    {
        // Drawn at twice the size it is shown, so it stays crisp when printed.
        constexpr int width = 120;
        constexpr int height = 10;
        QImage image(2 * width, 2 * height, QImage::Format_RGB32);
        image.fill(QColor(0xe6, 0xe6, 0xe6));
        QPainter painter(&image);
        const double fraction = std::clamp(percentValue / 100.0, 0.0, 1.0);
        painter.fillRect(QRectF(0, 0, fraction * 2 * width, 2 * height), QColor(0x2f, 0x5f, 0x9f));
        painter.end();
        return imageTag(image, width, height);
    }

    QString imageTag(const QImage &image, double width, double height)
    {
        const QUrl url(QStringLiteral("dv-export://image/%1").arg(m_images.size()));
        m_images.append({url, image});
        return QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">")
            .arg(url.toString())
            .arg(qRound(width))
            .arg(qRound(height));
    }

    /// The legend at twice the size it is shown, its text large enough to read in print.
    QString legend(const LegendSpec &spec, double width)
    {
        constexpr double height = 44;
        QImage image(qRound(2 * width), qRound(2 * height), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QFont font;
        font.setPixelSize(20);
        painter.setFont(font);
        const QRectF area(4, 4, image.width() - 8, image.height() - 8);
        if (!spec.heatMapAsSent) {
            imaging::Legend::drawAttention(painter, area, spec.palette, spec.threshold);
        } else {
            // Blend shows the heat map as sent: JET from blue (little attention) to red.
            const double line = QFontMetricsF(font).height();
            painter.drawText(QRectF(area.left(), area.top(), area.width(), line),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             ResultDocument::tr("Heat map colours: model attention"));
            const QRectF bar(area.left(), area.top() + line * 1.2, area.width(),
                             area.height() - 2.4 * line);
            const int columns = std::max(1, static_cast<int>(bar.width()));
            for (int i = 0; i < columns; ++i) {
                const cv::Vec3b bgr =
                    imaging::paletteColour(imaging::Palette::Jet, (i + 0.5) / columns);
                painter.fillRect(QRectF(bar.left() + i, bar.top(), 1.5, bar.height()),
                                 QColor(bgr[2], bgr[1], bgr[0]));
            }
            painter.setPen(Qt::black);
            painter.drawRect(bar);
            const QRectF labels(area.left(), bar.bottom() + 2, area.width(), line);
            painter.drawText(labels, Qt::AlignLeft, ResultDocument::tr("low"));
            painter.drawText(labels, Qt::AlignRight, ResultDocument::tr("high"));
        }
        painter.end();
        return imageTag(image, width, height);
    }

    QString differential(const review::Differential &differential)
    {
        if (differential.total() == 0)
            return QString();
        QString rows = row({esc(ResultDocument::tr("#")), esc(ResultDocument::tr("Probability")),
                            esc(ResultDocument::tr("ICD-11")), esc(ResultDocument::tr("Condition")),
                            QString()},
                           true);
        for (const review::RankedConclusion &c : differential.top()) {
            QString name = esc(c.display.isEmpty() ? c.text : c.display);
            if (!c.text.isEmpty() && !c.display.isEmpty() && c.text != c.display)
                name += QStringLiteral("<br><i>%1</i>").arg(esc(c.text));
            rows += row({QString::number(c.rank), esc(percent(c.probability)),
                         esc(c.code.isEmpty() ? ResultDocument::tr("(no code)") : c.code), name,
                         bar(c.probability)});
        }
        QString html = heading(ResultDocument::tr("Top %n condition(s)", nullptr,
                                                  static_cast<int>(differential.top().size())),
                               4) +
                       table(rows);
        if (differential.remaining() > 0)
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(ResultDocument::tr(
                            "… and %n more condition(s) with lower probability.", nullptr,
                            static_cast<int>(differential.remaining()))));
        return html;
    }

    static QString indicators(const QVector<review::Indicator> &indicators,
                              std::optional<double> entropy, const review::Band &entropyBand)
    {
        if (indicators.isEmpty() && !entropy)
            return QString();
        QString rows =
            row({esc(ResultDocument::tr("Risk indicator")), esc(ResultDocument::tr("Likelihood")),
                 esc(ResultDocument::tr("Band")), esc(ResultDocument::tr("Guidance"))},
                true);
        for (const review::Indicator &indicator : indicators)
            rows += row({esc(indicator.label), esc(optionalPercent(indicator.value)),
                         esc(indicator.value ? indicator.band.label : QString()),
                         esc(indicator.guidance)});
        if (entropy)
            rows +=
                row({esc(ResultDocument::tr("Uncertainty (entropy)")),
                     esc(QLocale().toString(*entropy, 'f', 1)), esc(entropyBand.label), QString()});
        return heading(ResultDocument::tr("Risk indicators"), 4) + table(rows);
    }

    static QString flags(const QVector<review::Flag> &flags)
    {
        QStringList messages;
        for (const review::Flag &flag : flags)
            messages << flag.message;
        return messages.isEmpty() ? QString() : danger(esc(messages.join(QStringLiteral(" · "))));
    }

    QString combined()
    {
        const review::Review &review = m_content.review;
        const bool hasContent = review.differential.total() > 0 ||
                                !review.clinicalIndicators.isEmpty() || review.entropy ||
                                review.sensitivity || review.specificity;
        if (review.aggregate.shown && !hasContent)
            return QString();
        if (!review.aggregate.shown && review.aggregate.reasons.isEmpty())
            return QString();
        QString html = heading(ResultDocument::tr("Combined result"), 3);
        if (!review.aggregate.shown) {
            html += danger(esc(ResultDocument::tr("Withheld: the combined result is shown only "
                                                  "when every image is valid.")));
            html += list(review.aggregate.reasons);
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(ResultDocument::tr(
                            "Re-analyse the valid images only to obtain a combined result.")));
            return html;
        }
        html += qaMark(review.aggregate);
        if (review.aggregate.qaRevealed())
            html += list(review.aggregate.reasons);
        html += flags(review.flags);
        html += differential(review.differential);
        html += indicators(review.clinicalIndicators, review.entropy, review.entropyBand);
        if (review.sensitivity || review.specificity)
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(ResultDocument::tr("Model sensitivity %1, specificity %2.")
                                     .arg(optionalPercent(review.sensitivity),
                                          optionalPercent(review.specificity))));
        return html;
    }

    QString validity(const review::ImageReview &image) const
    {
        QString quality = image.qualityScore ? QLocale().toString(*image.qualityScore)
                                             : ResultDocument::tr("not reported");
        if (!image.qualityBand.label.isEmpty())
            quality += QStringLiteral(" (%1)").arg(image.qualityBand.label);
        if (!image.qualityInterpretation.isEmpty())
            quality += QStringLiteral(" — ") + image.qualityInterpretation;
        QString modality =
            image.modality.isEmpty() ? ResultDocument::tr("not reported") : image.modality;
        if (image.clinicalConfidence || image.dermoscopicConfidence)
            modality += ResultDocument::tr(" (clinical %1, dermoscopic %2)")
                            .arg(optionalPercent(image.clinicalConfidence),
                                 optionalPercent(image.dermoscopicConfidence));
        const QString valid =
            image.gate.valid
                ? esc(ResultDocument::tr("yes"))
                : QStringLiteral("<b style=\"color:%1\">%2</b>")
                      .arg(kDanger, esc(ResultDocument::tr("NO — clinical output withheld")));
        QVector<QPair<QString, QString>> pairs{
            {ResultDocument::tr("Valid for clinical use"), valid},
            {ResultDocument::tr("Quality"), esc(quality)},
            {ResultDocument::tr("Acceptable quality"), esc(yesNo(image.qualityAcceptable))},
            {ResultDocument::tr("Dermatological"),
             esc(ResultDocument::tr("%1 (confidence %2)")
                     .arg(yesNo(image.dermatological),
                          optionalPercent(image.dermatologicalConfidence)))},
            {ResultDocument::tr("Modality"), esc(modality)},
        };
        pairs.append({ResultDocument::tr("isValid (as sent)"), esc(yesNo(image.isValid))});
        return keyValueTable(pairs);
    }

    QString photos(qsizetype index)
    {
        if (index >= m_content.photos.size())
            return QString();
        const ExportPhoto &photo = m_content.photos.at(index);
        if (photo.photo.isNull())
            return QStringLiteral("<p>%1</p>").arg(esc(ResultDocument::tr("No photo.")));
        // Photo and overlay side by side, each half the column, at most 9 cm tall.
        const double cellWidth = (m_width - 16) / 2;
        const double maxHeight = 200;
        const QSizeF shown =
            QSizeF(photo.photo.size()).scaled(QSizeF(cellWidth, maxHeight), Qt::KeepAspectRatio);
        QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\"><tr><td>%1<br>"
                                      "%2</td>")
                           .arg(imageTag(photo.photo, shown.width(), shown.height()),
                                esc(ResultDocument::tr("Photo")));
        if (!photo.overlay.isNull()) {
            QString under = esc(photo.overlayCaption);
            if (photo.legend)
                under += QStringLiteral("<br>") +
                         legend(*photo.legend, std::min(cellWidth, std::max(shown.width(), 260.0)));
            html += QStringLiteral("<td>%1<br>%2</td>")
                        .arg(imageTag(photo.overlay, shown.width(), shown.height()), under);
        }
        html += QStringLiteral("</tr></table>");
        if (photo.overlay.isNull() && !photo.overlayMissingReason.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>").arg(esc(photo.overlayMissingReason));
        if (photo.qaRevealed)
            html += danger(esc(ResultDocument::tr("%1 — the heat map belongs to an image the "
                                                  "service marked invalid.")
                                   .arg(review::Reviewer::qaWatermark())));
        return html;
    }

    QString images()
    {
        const review::Review &review = m_content.review;
        if (review.images.isEmpty())
            return QString();
        const bool sites = review.kind == model::ResponseKind::SeverityAssessment;
        QString html;
        if (m_content.photos.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(esc(ResultDocument::tr(
                            "The photos are not part of this export: the result was reopened "
                            "from a saved response, which holds no photos, so no photo or heat "
                            "map is shown.")));
        for (const review::ImageReview &image : review.images) {
            QString title = sites && !image.bodySite.isEmpty()
                                ? ResultDocument::tr("Body site %1").arg(image.bodySite)
                                : ResultDocument::tr("Image %1").arg(image.index + 1);
            if (image.index < m_content.photos.size() &&
                !m_content.photos.at(image.index).label.isEmpty())
                title += QStringLiteral(" — ") + m_content.photos.at(image.index).label;
            // Each image starts a page: its photos, validity and differential stay together.
            html +=
                QStringLiteral("<h3 style=\"page-break-before: always\">%1</h3>").arg(esc(title));
            html += validity(image);
            if (!image.gate.valid) {
                html += list(image.gate.reasons);
                if (!image.retakePrompt.isEmpty())
                    html += QStringLiteral("<p><b>%1</b></p>").arg(esc(image.retakePrompt));
            }
            html += photos(image.index);
            if (!image.gate.shown)
                continue;
            html += qaMark(image.gate);
            html += flags(image.flags);
            html += differential(image.differential);
            html += indicators(image.indicators, image.entropy, image.entropyBand);
            if (image.scoreContribution)
                html += QStringLiteral("<p>%1</p>")
                            .arg(esc(ResultDocument::tr("Contribution to the score: %1")
                                         .arg(QLocale().toString(*image.scoreContribution))));
        }
        return html;
    }

    static QString score(const review::ScoreReview &score)
    {
        QString title = score.name.isEmpty() ? score.code : score.name;
        if (!score.code.isEmpty() && score.code != title)
            title += QStringLiteral(" (%1)").arg(score.code);
        QString html = heading(title, 3);
        if (!score.gate.valid && !score.gate.reasons.isEmpty())
            html += list(score.gate.reasons);
        if (!score.gate.shown)
            return html + danger(esc(ResultDocument::tr("Withheld: the score rests on images "
                                                        "that are not valid.")));
        html += qaMark(score.gate);
        QVector<QPair<QString, QString>> pairs{
            {ResultDocument::tr("Score"), esc(number(score.value))}};
        if (!score.interpretation.isEmpty())
            pairs.append({ResultDocument::tr("Interpretation"), esc(score.interpretation)});
        if (score.intensity)
            pairs.append({ResultDocument::tr("Intensity"), QString::number(*score.intensity)});
        if (score.severityLevel)
            pairs.append({ResultDocument::tr("Severity level"), esc(number(score.severityLevel))});
        QStringList bands;
        for (const model::SeverityBand &band : score.bands)
            bands << ResultDocument::tr("%1–%2 %3")
                         .arg(band.min ? QLocale().toString(*band.min) : QString(),
                              band.max ? QLocale().toString(*band.max) : QString(), band.text);
        if (!bands.isEmpty())
            pairs.append({ResultDocument::tr("Bands"), esc(bands.join(QStringLiteral("; ")))});
        if (score.maskCount + score.detectionCount > 0)
            pairs.append(
                {ResultDocument::tr("Masks / detections"),
                 QStringLiteral("%1 / %2").arg(score.maskCount).arg(score.detectionCount)});
        html += keyValueTable(pairs);
        if (!score.items.isEmpty()) {
            QString rows =
                row({esc(ResultDocument::tr("Item")), esc(ResultDocument::tr("Value")),
                     esc(ResultDocument::tr("Interpretation")), esc(ResultDocument::tr("Details"))},
                    true);
            for (const review::ScoreItemReview &item : score.items) {
                QStringList details;
                for (const auto &[name, value] : item.details)
                    details << QStringLiteral("%1 %2").arg(name, QLocale().toString(value));
                rows += row({esc(item.label), esc(number(item.value)), esc(item.interpretation),
                             esc(details.join(QStringLiteral(", ")))});
            }
            html += QStringLiteral("<p></p>") + table(rows);
        }
        for (const model::StoredFacet &facet : score.facets)
            html += QStringLiteral("<p>%1: %2</p>").arg(esc(facet.name), esc(facet.display));
        return html;
    }

    QString scores() const
    {
        if (m_content.review.scores.isEmpty())
            return QString();
        QString html =
            QStringLiteral("<h2>%1</h2>").arg(esc(ResultDocument::tr("Severity scores")));
        for (const review::ScoreReview &s : m_content.review.scores)
            html += score(s);
        return html;
    }

public:
    /// The images the HTML refers to, added to the document once its HTML is set.
    QVector<QPair<QUrl, QImage>> m_images;

private:
    const ResultExportContent &m_content;
    double m_width;
};

} // namespace

void ResultDocument::build(QTextDocument &document, const ResultExportContent &content,
                           double width)
{
    document.setTextWidth(width);
    Builder builder(content, width);
    document.setHtml(builder.html());
    for (const auto &[url, image] : builder.m_images)
        document.addResource(QTextDocument::ImageResource, url, image);
}

} // namespace dv::exporting
