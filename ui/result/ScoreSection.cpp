#include "ScoreSection.h"

#include "QaWatermark.h"
#include "ResultStyle.h"
#include "ToneLabel.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace dv::ui {

namespace {

/// A number as the server sent it, in the user's locale, without invented decimals.
QString number(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

QString number(std::optional<double> value)
{
    return value ? number(*value) : ResultStyle::notReported();
}

/// `interpretation.intensity` is 0..3 (none/mild, moderate, severe ...): the chip's colour.
review::Band::Tone toneOfIntensity(std::optional<qint64> intensity)
{
    using Tone = review::Band::Tone;
    if (!intensity)
        return Tone::Unknown;
    switch (std::clamp<qint64>(*intensity, 0, 3)) {
    case 0:
        return Tone::Good;
    case 1:
        return Tone::Caution;
    case 2:
        return Tone::Warning;
    default:
        return Tone::Danger;
    }
}

/// One band laid out on the bar: the span it covers up to the next band's start.
struct BandSpan
{
    double from = 0;
    double to = 0;
    QString published; ///< the band's own bounds as sent ("0–1"), for text
    QString text;
    review::Band::Tone tone = review::Band::Tone::Unknown;
};

/// "0–1" as published; "≥ 21" / "≤ 5" when one bound is missing.
QString publishedRange(const model::SeverityBand &band)
{
    if (band.min && band.max)
        //: A severity band's bounds as published, e.g. "2–5".
        return ScoreSection::tr("%1–%2").arg(number(*band.min), number(*band.max));
    if (band.min)
        return ScoreSection::tr("≥ %1").arg(number(*band.min));
    if (band.max)
        return ScoreSection::tr("≤ %1").arg(number(*band.max));
    return QString();
}

/// Bands sorted by their lower bound, each extended to the next one's start so that integer
/// bands (0–1, 2–5, ...) leave no gap on the bar. Tones run from good (lowest band) to danger
/// (highest): the published bands are ordered by severity.
QVector<BandSpan> bandSpans(QVector<model::SeverityBand> bands, std::optional<double> value)
{
    std::stable_sort(bands.begin(), bands.end(),
                     [](const model::SeverityBand &a, const model::SeverityBand &b) {
                         return a.min.value_or(-INFINITY) < b.min.value_or(-INFINITY);
                     });
    double low = INFINITY, high = -INFINITY;
    for (const model::SeverityBand &band : bands) {
        for (const std::optional<double> &bound : {band.min, band.max}) {
            if (bound) {
                low = std::min(low, *bound);
                high = std::max(high, *bound);
            }
        }
    }
    if (value) {
        low = std::min(low, *value);
        high = std::max(high, *value);
    }
    if (!std::isfinite(low) || !std::isfinite(high) || high <= low)
        return {};
    static const review::Band::Tone ladder[] = {
        review::Band::Tone::Good, review::Band::Tone::Caution, review::Band::Tone::Warning,
        review::Band::Tone::Danger};
    QVector<BandSpan> spans;
    for (qsizetype i = 0; i < bands.size(); ++i) {
        BandSpan span;
        span.from = bands[i].min.value_or(spans.isEmpty() ? low : spans.last().to);
        if (i + 1 < bands.size() && bands[i + 1].min)
            span.to = *bands[i + 1].min;
        else
            span.to = bands[i].max.value_or(high);
        if (i + 1 == bands.size())
            span.to = std::max(span.to, high);
        span.text = bands[i].text;
        span.published = publishedRange(bands[i]);
        const qsizetype step = bands.size() > 1 ? i * 3 / (bands.size() - 1) : 0;
        span.tone = ladder[std::clamp<qsizetype>(step, 0, 3)];
        spans.append(span);
    }
    return spans;
}

/// The band a value falls in (its span), or -1.
qsizetype spanOf(const QVector<BandSpan> &spans, double value)
{
    // A one-point band ("None": 0–0) owns its point.
    for (qsizetype i = 0; i < spans.size(); ++i) {
        if (spans[i].from == spans[i].to && value == spans[i].from)
            return i;
    }
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const bool last = i + 1 == spans.size();
        if (value >= spans[i].from && (value < spans[i].to || (last && value <= spans[i].to)))
            return i;
    }
    return -1;
}

/// The severity bands as one horizontal bar of labelled, coloured segments with the value
/// marked by a pointer above it and the band bounds written below it.
class SeverityBandBar : public QWidget
{
public:
    SeverityBandBar(QVector<BandSpan> spans, std::optional<double> value, QWidget *parent)
        : QWidget(parent), m_spans(std::move(spans)), m_value(value)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    QSize sizeHint() const override
    {
        const int line = fontMetrics().height();
        return {fontMetrics().averageCharWidth() * 60, line * 3 + line / 2};
    }
    QSize minimumSizeHint() const override
    {
        return {fontMetrics().averageCharWidth() * 20, sizeHint().height()};
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const int line = fontMetrics().height();
        const int pointer = line / 2 + 2;
        const QRectF bar(1, pointer + 1, width() - 2, line * 1.5);
        const double low = m_spans.first().from, high = m_spans.last().to;
        const auto xOf = [&](double v) {
            return bar.left() + (v - low) / (high - low) * bar.width();
        };
        for (const BandSpan &span : m_spans) {
            const QRectF segment(xOf(span.from), bar.top(), xOf(span.to) - xOf(span.from),
                                 bar.height());
            const ResultStyle::ToneColors colors = ResultStyle::toneColors(span.tone);
            painter.fillRect(segment, colors.background);
            painter.setPen(colors.text);
            const QString text =
                fontMetrics().elidedText(span.text, Qt::ElideRight, int(segment.width()) - 6);
            painter.drawText(segment, Qt::AlignCenter, text);
            // Bounds under the bar.
            painter.setPen(palette().color(QPalette::WindowText));
            const QRectF below(segment.left(), bar.bottom() + 1, segment.width(), line);
            painter.drawText(below, Qt::AlignLeft | Qt::AlignTop, number(span.from));
        }
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(bar.left(), bar.bottom() + 1, bar.width(), line),
                         Qt::AlignRight | Qt::AlignTop, number(high));
        painter.setPen(palette().color(QPalette::Dark));
        painter.drawRect(bar);
        if (m_value) {
            // A pointer above and a line through the bar, in the text colour on every band.
            const double x = std::clamp(xOf(*m_value), bar.left() + 1, bar.right() - 1);
            QPainterPath triangle;
            triangle.moveTo(x - pointer / 2.0, 0);
            triangle.lineTo(x + pointer / 2.0, 0);
            triangle.lineTo(x, pointer);
            triangle.closeSubpath();
            painter.fillPath(triangle, palette().color(QPalette::WindowText));
            painter.setPen(QPen(palette().color(QPalette::WindowText), 2));
            painter.drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom()));
        }
    }

private:
    QVector<BandSpan> m_spans;
    std::optional<double> m_value;
};

/// A detail of `additionalData` as a person reads it: the vendor's keys named, percentages
/// (0–100 values) with their sign, counts as numbers.
QString detailText(const QString &key, double value)
{
    if (key == QLatin1String("aiConfidence"))
        return ScoreSection::tr("AI confidence %1").arg(ResultStyle::percent(value));
    if (key == QLatin1String("presenceProbability"))
        return ScoreSection::tr("presence probability %1").arg(ResultStyle::percent(value));
    if (key == QLatin1String("surfaceAreaOverBsa"))
        return ScoreSection::tr("%1 of the body surface").arg(ResultStyle::percent(value));
    if (key == QLatin1String("whealsCount"))
        return ScoreSection::tr("%1 wheals counted").arg(number(value));
    if (key == QLatin1String("acneDensity"))
        return ScoreSection::tr("acne density %1").arg(number(value));
    //: A detail the service sent under a name the viewer does not know: "name: value".
    return ScoreSection::tr("%1: %2").arg(key, number(value));
}

/// "question2" < "question10": the text before a trailing number, then the number. (QCollator's
/// numeric mode is not available with every locale back end.)
bool naturalLess(const QString &a, const QString &b)
{
    const auto split = [](const QString &key) {
        qsizetype digits = key.size();
        while (digits > 0 && key.at(digits - 1).isDigit())
            --digits;
        return std::make_pair(key.left(digits), key.mid(digits));
    };
    const auto [textA, numberA] = split(a);
    const auto [textB, numberB] = split(b);
    if (textA != textB || numberA.isEmpty() || numberB.isEmpty())
        return a < b;
    if (numberA.size() != numberB.size())
        return numberA.size() < numberB.size();
    return numberA < numberB;
}

QLabel *boldLabel(const QString &text, QWidget *parent, qreal scale = 1.0)
{
    auto *label = ResultStyle::textLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}

QString titleOf(const review::ScoreReview &score)
{
    if (score.name.isEmpty() || score.name == score.code)
        return score.code.toUpper();
    //: A scoring system's name and its code, e.g. "Dermatology Life Quality Index (dlqi)"
    return ScoreSection::tr("%1 (%2)").arg(score.name, score.code);
}

void addSummary(QVBoxLayout *layout, const review::ScoreReview &score, QWidget *parent)
{
    auto *row = new QHBoxLayout;
    auto *value = boldLabel(number(score.value), parent, 1.6);
    value->setObjectName(QStringLiteral("scoreValue"));
    value->setAccessibleName(ScoreSection::tr("Score"));
    row->addWidget(value);
    if (!score.interpretation.isEmpty()) {
        auto *chip = new ToneLabel(toneOfIntensity(score.intensity), score.interpretation, parent);
        chip->setObjectName(QStringLiteral("scoreInterpretation"));
        row->addWidget(chip, 0, Qt::AlignVCenter);
    }
    row->addStretch(1);
    layout->addLayout(row);

    QStringList facts;
    if (score.intensity)
        //: The score's intensity on the service's 0–3 scale.
        facts << ScoreSection::tr("Intensity %1 of 3").arg(*score.intensity);
    if (score.severityLevel)
        facts << ScoreSection::tr("Severity level %1").arg(number(*score.severityLevel));
    if (!facts.isEmpty()) {
        auto *label = ResultStyle::textLabel(facts.join(QStringLiteral(" · ")), parent);
        label->setObjectName(QStringLiteral("scoreFacts"));
        layout->addWidget(label);
    }
}

void addBands(QVBoxLayout *layout, const review::ScoreReview &score, QWidget *parent)
{
    const QVector<BandSpan> spans = bandSpans(score.bands, score.value);
    if (spans.isEmpty())
        return;
    auto *bar = new SeverityBandBar(spans, score.value, parent);
    bar->setObjectName(QStringLiteral("severityBands"));
    QStringList described;
    for (const BandSpan &span : spans)
        //: One severity band on the band bar: "0–1 No effect".
        described << ScoreSection::tr("%1 %2").arg(span.published, span.text).trimmed();
    bar->setAccessibleName(ScoreSection::tr("Severity bands"));
    bar->setAccessibleDescription(described.join(QStringLiteral("; ")));
    layout->addWidget(bar);
    // Narrow segments elide their text on the bar: every band is also written out.
    auto *legend = ResultStyle::textLabel(described.join(QStringLiteral(" · ")), parent);
    legend->setObjectName(QStringLiteral("bandLegend"));
    layout->addWidget(legend);
    if (score.value) {
        const qsizetype index = spanOf(spans, *score.value);
        const QString text =
            index < 0 ? ScoreSection::tr("The score %1 lies outside the published bands.")
                            .arg(number(*score.value))
                      : ScoreSection::tr("The score %1 lies in the band “%2” (%3).")
                            .arg(number(*score.value), spans[index].text, spans[index].published);
        auto *placement = ResultStyle::textLabel(text, parent);
        placement->setObjectName(QStringLiteral("bandPlacement"));
        layout->addWidget(placement);
    }
}

void addItems(QVBoxLayout *layout, const review::ScoreReview &score, QWidget *parent)
{
    if (score.items.isEmpty())
        return;
    layout->addWidget(ResultStyle::heading(ScoreSection::tr("Items"), parent, 1.0));
    auto *grid = new QGridLayout;
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(3, 2);
    grid->setHorizontalSpacing(parent->fontMetrics().averageCharWidth() * 2);
    const QStringList headers{ScoreSection::tr("Item"), ScoreSection::tr("Value"),
                              ScoreSection::tr("Interpretation"), ScoreSection::tr("Details")};
    for (int column = 0; column < headers.size(); ++column)
        grid->addWidget(boldLabel(headers[column], parent), 0, column);
    // The response's item order is its JSON key order, which puts question10 before question2;
    // a numeric-aware order by key reads as the instrument does.
    QVector<review::ScoreItemReview> items = score.items;
    std::stable_sort(items.begin(), items.end(),
                     [](const review::ScoreItemReview &a, const review::ScoreItemReview &b) {
                         return naturalLess(a.key, b.key);
                     });
    int row = 1;
    for (const review::ScoreItemReview &item : std::as_const(items)) {
        auto *name = ResultStyle::textLabel(item.label, parent);
        name->setObjectName(QStringLiteral("itemLabel"));
        name->setProperty("itemKey", item.key);
        auto *value = ResultStyle::textLabel(number(item.value), parent);
        value->setObjectName(QStringLiteral("itemValue"));
        value->setProperty("itemKey", item.key);
        value->setAlignment(Qt::AlignRight | Qt::AlignTop);
        auto *interpretation = ResultStyle::textLabel(item.interpretation, parent);
        interpretation->setObjectName(QStringLiteral("itemInterpretation"));
        QStringList details;
        for (const auto &detail : item.details)
            details << detailText(detail.first, detail.second);
        auto *detailLabel = ResultStyle::textLabel(details.join(QStringLiteral(", ")), parent);
        detailLabel->setObjectName(QStringLiteral("itemDetails"));
        detailLabel->setProperty("itemKey", item.key);
        grid->addWidget(name, row, 0, Qt::AlignTop);
        grid->addWidget(value, row, 1, Qt::AlignTop);
        grid->addWidget(interpretation, row, 2, Qt::AlignTop);
        grid->addWidget(detailLabel, row, 3, Qt::AlignTop);
        ++row;
    }
    layout->addLayout(grid);
}

void addFacets(QVBoxLayout *layout, const review::ScoreReview &score, QWidget *parent)
{
    if (score.facets.isEmpty())
        return;
    layout->addWidget(ResultStyle::heading(ScoreSection::tr("Facets"), parent, 1.0));
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const model::StoredFacet &facet : score.facets) {
        QString text = facet.display;
        if (facet.raw)
            text = text.isEmpty() ? number(*facet.raw)
                                  //: A facet's text and its raw value: "Moderate (2)".
                                  : ScoreSection::tr("%1 (%2)").arg(text, number(*facet.raw));
        auto *value = ResultStyle::textLabel(text, parent);
        value->setObjectName(QStringLiteral("facetValue"));
        form->addRow(ScoreSection::tr("%1:").arg(facet.name), value);
    }
    layout->addLayout(form);
}

void addMediaCounts(QVBoxLayout *layout, const review::ScoreReview &score, QWidget *parent)
{
    if (score.maskCount == 0 && score.detectionCount == 0)
        return;
    //: Masks and detection boxes the service returned with a score.
    const QString text = ScoreSection::tr("%1, %2").arg(
        ScoreSection::tr("%n mask(s)", nullptr, int(score.maskCount)),
        ScoreSection::tr("%n detection(s)", nullptr, int(score.detectionCount)));
    auto *label = ResultStyle::textLabel(text, parent);
    label->setObjectName(QStringLiteral("mediaCounts"));
    layout->addWidget(label);
}

} // namespace

ScoreSection::ScoreSection(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

void ScoreSection::setScore(const review::ScoreReview &score)
{
    delete m_body;
    m_body = new QWidget(this);
    layout()->addWidget(m_body);
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = ResultStyle::heading(titleOf(score), m_body);
    title->setObjectName(QStringLiteral("scoreTitle"));
    layout->addWidget(title);

    // The review already leaves withheld content out; checking again keeps this widget safe
    // on its own.
    if (!score.gate.shown) {
        QStringList reasons = score.gate.reasons;
        if (reasons.isEmpty())
            reasons << tr("This score is withheld.");
        for (const QString &reason : reasons) {
            auto *label = new ToneLabel(review::Band::Tone::Warning, reason, m_body);
            label->setObjectName(QStringLiteral("gateReason"));
            label->setWordWrap(true);
            layout->addWidget(label);
        }
        return;
    }

    auto *content = new QWidget(m_body);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    addSummary(contentLayout, score, content);
    addBands(contentLayout, score, content);
    addItems(contentLayout, score, content);
    addFacets(contentLayout, score, content);
    addMediaCounts(contentLayout, score, content);
    layout->addWidget(QaWatermark::markIfRevealed(content, score.gate));
}

} // namespace dv::ui
