// Parse + review cost of a large, realistic diagnosis-support response against the bare
// QJsonDocument parse of the same bytes, measured interleaved in one run so that machine
// noise hits both alike. Prints medians and ratios; run on demand (see BENCHMARKS.md).
#include "Fixtures.h"
#include "model/DiagnosisReport.h"
#include "review/ReviewJson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>
#include <functional>

namespace {

/// 3 images, the full 320-entry differential at the top and per image, and 5 heat maps per
/// image of 150 kB of base64 each (the size of a 1 MP JPEG heat map).
QByteArray largeResponse()
{
    QRandomGenerator random(7);
    QJsonValue document = dv::test::diagnosisWithImages({true, true, true});
    const auto differential = [&](bool withHeatMaps) {
        QJsonArray list;
        for (int i = 0; i < 320; ++i) {
            QJsonObject entry{
                {"code",
                 QJsonObject{{"coding", QJsonArray{QJsonObject{
                                            {"system", "https://icd.who.int/browse/2025-01/mms/en"},
                                            {"systemDisplay", "ICD-11"},
                                            {"version", "2025-01"},
                                            {"code", QStringLiteral("C%1").arg(i)},
                                            {"display", QStringLiteral("Condition %1").arg(i)}}}},
                             {"text", QStringLiteral("Condition %1").arg(i)}}},
                {"probability", random.bounded(100.0) / 3.2}};
            if (withHeatMaps && i < 5) {
                QByteArray noise(112 * 1024, '\0');
                for (char &c : noise)
                    c = static_cast<char>(random.bounded(256));
                const QJsonObject heatMap{{"contentType", "image/jpeg"},
                                          {"data", QString::fromLatin1(noise.toBase64())},
                                          {"width", 1024},
                                          {"height", 768},
                                          {"colorModel", "RGB"}};
                entry.insert("explainability", QJsonObject{{"heatMap", heatMap}});
            }
            list.append(entry);
        }
        return list;
    };
    dv::test::setAt(document, "conclusion", differential(false));
    for (int i = 0; i < 3; ++i)
        dv::test::setAt(document, QStringLiteral("imagingAnalysis[%1].conclusion").arg(i),
                        differential(true));
    return dv::test::toBytes(document);
}

double medianMs(QVector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QByteArray bytes = largeResponse();
    const int rounds = 31;
    QVector<double> baseline, parse, full;
    volatile qsizetype sink = 0;
    const auto time = [](const std::function<void()> &work) {
        QElapsedTimer timer;
        timer.start();
        work();
        return double(timer.nsecsElapsed()) / 1e6;
    };
    for (int round = 0; round < rounds; ++round) {
        baseline.append(
            time([&] { sink = sink + QJsonDocument::fromJson(bytes).object().size(); }));
        parse.append(time(
            [&] { sink = sink + dv::model::parseDiagnosisReport(bytes).value().images.size(); }));
        full.append(time([&] {
            const auto report = dv::model::parseDiagnosisReport(bytes);
            const auto review = dv::review::Reviewer::review(report.value());
            sink = sink + dv::review::reviewToJson(review).size();
        }));
    }
    const double b = medianMs(baseline), p = medianMs(parse), f = medianMs(full);
    out << "response: " << bytes.size() / 1024
        << " KiB, 3 images, 4 x 320 conclusions, 15 heat maps\n";
    out << "median of " << rounds << " interleaved rounds:\n";
    out << QStringLiteral("  QJsonDocument::fromJson (baseline)  %1 ms\n").arg(b, 0, 'f', 2);
    out << QStringLiteral("  parseDiagnosisReport                %1 ms  (%2 x baseline)\n")
               .arg(p, 0, 'f', 2)
               .arg(p / b, 0, 'f', 2);
    out << QStringLiteral("  parse + review + reviewToJson       %1 ms  (%2 x baseline)\n")
               .arg(f, 0, 'f', 2)
               .arg(f / b, 0, 'f', 2);
    return 0;
}
