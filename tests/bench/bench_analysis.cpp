// Cost of the sandbox's image analysis on a 12 MP photo against the bare cv::imdecode of the
// same bytes, measured interleaved in one run so that machine noise hits both alike. The
// photo is generated at run time from ../shared/images/eczema.jpg (upscaled to 4000x3000,
// JPEG quality 90); nothing derived from the shared images is stored. Run on demand.
#include "sandbox/analysis/ImageAnalysis.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

cv::Mat decode(const QByteArray &bytes)
{
    const cv::Mat raw(1, static_cast<int>(bytes.size()), CV_8U,
                      const_cast<char *>(bytes.constData()));
    return cv::imdecode(raw, cv::IMREAD_COLOR);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString path =
        QDir(QStringLiteral(DV_SHARED_IMAGES)).filePath(QStringLiteral("eczema.jpg"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out << "cannot read " << path << '\n';
        return 1;
    }
    cv::Mat large;
    cv::resize(decode(file.readAll()), large, cv::Size(4000, 3000), 0, 0, cv::INTER_CUBIC);
    std::vector<uchar> buffer;
    cv::imencode(".jpg", large, buffer, {cv::IMWRITE_JPEG_QUALITY, 90});
    const QByteArray jpeg(reinterpret_cast<const char *>(buffer.data()),
                          static_cast<qsizetype>(buffer.size()));
    large.release();
    out << "input: 4000x3000 JPEG (q90), " << jpeg.size() / 1024 << " KiB\n";

    // Warm-up: thread pool, catalogue, page cache.
    (void)dv::sandbox::analyzeImage(jpeg);

    constexpr int rounds = 5;
    std::vector<double> decodeMs, analyseMs;
    qsizetype heatMapBytes = 0;
    QString heatMapSize;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        const cv::Mat decoded = decode(jpeg);
        decodeMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (decoded.empty())
            return 1;

        timer.restart();
        const auto outcome = dv::sandbox::analyzeImage(jpeg);
        analyseMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        const auto *analysis = std::get_if<dv::sandbox::ImageAnalysis>(&outcome);
        if (analysis == nullptr || !analysis->isValid || analysis->heatMaps.size() != 5)
            return 1;
        heatMapBytes = 0;
        for (const auto &map : analysis->heatMaps)
            heatMapBytes += map.jpeg.size();
        heatMapSize = QStringLiteral("%1x%2")
                          .arg(analysis->heatMaps.first().width)
                          .arg(analysis->heatMaps.first().height);
    }
    const double base = median(decodeMs);
    const double analyse = median(analyseMs);
    out << "median of " << rounds << " rounds:\n";
    out << QStringLiteral("  cv::imdecode (baseline)   %1 ms   x1.00\n").arg(base, 7, 'f', 1);
    out << QStringLiteral("  analyzeImage              %1 ms   x%2\n")
               .arg(analyse, 7, 'f', 1)
               .arg(analyse / base, 0, 'f', 2);
    out << "  heat maps: 5 x " << heatMapSize << ", " << heatMapBytes / 1024 << " KiB in total\n";
    return 0;
}
