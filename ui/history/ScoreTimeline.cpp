#include "ScoreTimeline.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>
#include <cmath>

namespace dv::ui {

namespace {

/// Green → amber → red, translucent so the line stays readable over any band.
QColor bandColor(qsizetype index, qsizetype count)
{
    const double t = count > 1 ? double(index) / double(count - 1) : 0.0;
    QColor color = QColor::fromHsvF(float((1.0 - t) * 0.33), 0.65f, 0.9f);
    color.setAlphaF(0.28f);
    return color;
}

} // namespace

QStringList ScoreTimeline::scoringSystems(const QVector<history::HistoryRecord> &records)
{
    QStringList codes;
    for (const history::HistoryRecord &record : records) {
        for (const history::HistoryScore &score : record.scores) {
            if (score.value && !codes.contains(score.code))
                codes << score.code;
        }
    }
    return codes;
}

QChart *ScoreTimeline::build(const QVector<history::HistoryRecord> &records, const QString &code)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *values = new QLineSeries;
    values->setName(code.toUpper());
    values->setPointsVisible(true);
    QPen pen(QColor(0x1f, 0x3a, 0x93));
    pen.setWidthF(2.5);
    values->setPen(pen);

    QVector<history::HistoryBand> bands;
    QString name = code;
    double low = 0.0;
    double high = 0.0;
    qint64 first = 0;
    qint64 last = 0;
    bool any = false;
    for (const history::HistoryRecord &record : records) {
        for (const history::HistoryScore &score : record.scores) {
            if (score.code != code || !score.value)
                continue;
            const qint64 when = record.issuedAt.toMSecsSinceEpoch();
            values->append(double(when), *score.value);
            if (!score.bands.isEmpty())
                bands = score.bands; // the newest record's bands win
            if (!score.name.isEmpty())
                name = score.name;
            low = any ? std::min(low, *score.value) : std::min(0.0, *score.value);
            high = any ? std::max(high, *score.value) : *score.value;
            first = any ? std::min(first, when) : when;
            last = any ? std::max(last, when) : when;
            any = true;
        }
    }
    for (const history::HistoryBand &band : bands) {
        if (band.min)
            low = std::min(low, *band.min);
        if (band.max && std::isfinite(*band.max))
            high = std::max(high, *band.max);
    }
    if (high <= low)
        high = low + 1.0;
    // A little room either side, and a day each way when there is a single date.
    const qint64 span = std::max<qint64>(last - first, 24LL * 3600 * 1000);
    const double left = double(first - span / 10 - (last == first ? span : 0));
    const double right = double(last + span / 10 + (last == first ? span : 0));

    // The axes first: an open-ended top band is shaded up to the axis' (rounded) maximum.
    auto *time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("yyyy-MM-dd"));
    time->setTitleText(tr("Issued"));
    time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(left), Qt::UTC),
                   QDateTime::fromMSecsSinceEpoch(qint64(right), Qt::UTC));
    time->setTickCount(std::min<int>(6, std::max<int>(2, int(values->count()) + 1)));
    auto *score = new QValueAxis;
    score->setTitleText(tr("Score"));
    score->setRange(low, high + (high - low) * 0.1);
    score->applyNiceNumbers();
    const double axisTop = score->max();

    for (qsizetype i = 0; i < bands.size(); ++i) {
        const history::HistoryBand &band = bands.at(i);
        const double bottom = band.min.value_or(low);
        const double top =
            band.max && std::isfinite(*band.max) ? std::min(*band.max, axisTop) : axisTop;
        auto *upper = new QLineSeries;
        upper->append(left, top);
        upper->append(right, top);
        auto *lower = new QLineSeries;
        lower->append(left, bottom);
        lower->append(right, bottom);
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setName(band.text);
        const QColor color = bandColor(i, bands.size());
        area->setColor(color);
        area->setBorderColor(color);
        chart->addSeries(area);
    }
    chart->addSeries(values);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(score, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(time);
        series->attachAxis(score);
    }
    chart->setTitle(tr("%1 over time").arg(name.toUpper()));
    return chart;
}

} // namespace dv::ui
