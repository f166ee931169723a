// The PDF export of a case of three 12 MP photos, against a baseline in the same run: a bare
// QImage smooth scale of the same photos to the page size (the least any export must do).
// Rounds interleave baseline and export. Also: the CLI's photo decode (DCT-scaled preview at
// the page size) against a full decode, and the peak resident memory. See BENCHMARKS.md.

#include "BenchPhotos.h"
#include "Fixtures.h"
#include "export/ExportPhotos.h"
#include "export/ResultPdf.h"
#include "imaging/ImageLoader.h"
#include "model/SavedResponse.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace dv;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double ms(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QByteArray json = test::toBytes(test::diagnosisWithImages({true, true, true}));
    const auto parsed = model::readSavedResponse(json);
    const auto &report = std::get<model::DiagnosisReport>(parsed.value().value);
    const review::Review review = review::Reviewer::review(report);

    std::vector<QByteArray> jpegs{cameraLikeJpeg("eczema.jpg", 1), cameraLikeJpeg("acne.jpg", 2),
                                  cameraLikeJpeg("dermatitis.jpg", 3)};
    std::vector<QImage> photos;
    for (const QByteArray &jpeg : jpegs)
        photos.push_back(QImage::fromData(jpeg).convertToFormat(QImage::Format_RGB32));
    std::printf(
        "input: 3 x %d x %d JPEG (%lld KiB each on average); peak RSS after decode "
        "%ld MiB\n",
        photos[0].width(), photos[0].height(),
        static_cast<long long>((jpegs[0].size() + jpegs[1].size() + jpegs[2].size()) / 3 / 1024),
        peakRssMiB());

    constexpr int rounds = 7;
    std::vector<double> baseline, prepare, render, total, preview, fullDecode;
    qsizetype pdfBytes = 0;
    int pages = 0;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        for (const QImage &photo : photos) {
            const QImage scaled = exporting::ExportPhotos::fitted(photo);
            Q_ASSERT(!scaled.isNull());
        }
        baseline.push_back(ms(timer));

        timer.restart();
        exporting::ResultExportContent content;
        content.review = review;
        content.server = QStringLiteral("bench");
        content.appVersion = QStringLiteral("bench");
        content.exportedAt = QDateTime::currentDateTime();
        for (int i = 0; i < 3; ++i)
            content.photos.append(exporting::ExportPhotos::prepare(
                photos[size_t(i)], QStringLiteral("photo %1").arg(i + 1), review, &report, i, -1,
                {}));
        prepare.push_back(ms(timer));
        QElapsedTimer renderTimer;
        renderTimer.start();
        const auto rendered = exporting::ResultPdf::render(content);
        render.push_back(ms(renderTimer));
        total.push_back(ms(timer));
        pdfBytes = rendered.pdf.size();
        pages = rendered.pageCount;

        timer.restart();
        for (const QByteArray &jpeg : jpegs)
            (void)imaging::ImageLoader::decodePreview(jpeg, exporting::ExportPhotos::pageLongSide);
        preview.push_back(ms(timer));
        timer.restart();
        for (const QByteArray &jpeg : jpegs)
            (void)QImage::fromData(jpeg);
        fullDecode.push_back(ms(timer));
    }
    const double base = median(baseline);
    std::printf("median of %d rounds                                   ms    x baseline\n", rounds);
    std::printf("3 photos: QImage smooth scale to 1600 px (baseline) %7.1f   1.00\n", base);
    std::printf("3 photos: ExportPhotos::prepare (scale + heat map)  %7.1f   %.2f\n",
                median(prepare), median(prepare) / base);
    std::printf("PDF: ResultPdf::render (%d pages, %lld KiB)          %7.1f   %.2f\n", pages,
                static_cast<long long>(pdfBytes / 1024), median(render), median(render) / base);
    std::printf("export total (prepare + render)                     %7.1f   %.2f\n", median(total),
                median(total) / base);
    std::printf("CLI decode: 3 x decodePreview(1600)                 %7.1f\n", median(preview));
    std::printf(
        "full decode: 3 x QImage::fromData                   %7.1f   preview %.1f x faster\n",
        median(fullDecode), median(fullDecode) / median(preview));
    std::printf("peak RSS %ld MiB\n", peakRssMiB());
    return 0;
}
