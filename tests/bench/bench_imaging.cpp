// The imaging pipeline against baselines measured in the same run, round by round (the machine
// is shared and noisy, so only medians and ratios are reported). Run on demand:
//   cmake --build build --target bench_imaging && build/bin/bench_imaging
// Inputs are generated at run time: eczema.jpg from ../shared/images upscaled to 6000x4000
// (24 MP, JPEG q90) and a smooth synthetic attention map; nothing derived is stored.
#include "imaging/ImageLoader.h"
#include "imaging/MatConversion.h"
#include "imaging/OverlayCompositor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <functional>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace {

using Clock = std::function<void()>;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double millisecondsOf(const Clock &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

/// Runs the cases interleaved, `rounds` times; returns each case's median in ms.
std::vector<double> interleaved(const std::vector<Clock> &cases, int rounds)
{
    std::vector<std::vector<double>> samples(cases.size());
    for (const Clock &work : cases) // warm-up
        work();
    for (int r = 0; r < rounds; ++r) {
        for (std::size_t i = 0; i < cases.size(); ++i)
            samples[i].push_back(millisecondsOf(cases[i]));
    }
    std::vector<double> medians;
    for (auto &s : samples)
        medians.push_back(median(s));
    return medians;
}

cv::Mat decode(const QByteArray &bytes, int flags)
{
    const cv::Mat raw(1, static_cast<int>(bytes.size()), CV_8U,
                      const_cast<char *>(bytes.constData()));
    return cv::imdecode(raw, flags);
}

cv::Mat attentionMap(cv::Size size)
{
    cv::Mat attention(size, CV_8UC1);
    const double sigma = 0.2 * std::max(size.width, size.height);
    for (int y = 0; y < size.height; ++y) {
        for (int x = 0; x < size.width; ++x) {
            const double dx = x - 0.55 * size.width, dy = y - 0.45 * size.height;
            attention.at<uchar>(y, x) = cv::saturate_cast<uchar>(
                255.0 * std::exp(-(dx * dx + dy * dy) / (2 * sigma * sigma)));
        }
    }
    return attention;
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1) + QStringLiteral(" ms");
}

QString ratio(double value, double baseline)
{
    return QString::number(value / baseline, 'f', 2) + QStringLiteral(" ×");
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QFile file(QDir(QStringLiteral(DV_SHARED_IMAGES)).filePath(QStringLiteral("eczema.jpg")));
    if (!file.open(QIODevice::ReadOnly)) {
        out << "cannot read " << file.fileName() << '\n';
        return 1;
    }
    cv::Mat photo;
    cv::resize(decode(file.readAll(), cv::IMREAD_COLOR), photo, cv::Size(6000, 4000), 0, 0,
               cv::INTER_CUBIC);
    std::vector<uchar> buffer;
    cv::imencode(".jpg", photo, buffer, {cv::IMWRITE_JPEG_QUALITY, 90});
    const QByteArray jpeg(reinterpret_cast<const char *>(buffer.data()),
                          static_cast<qsizetype>(buffer.size()));
    out << "input: 6000x4000 JPEG q90 from eczema.jpg, " << jpeg.size() / 1024 << " KiB\n";

    // --- 1. Full-resolution blend vs a bare addWeighted on the same buffers -----------------
    const cv::Mat attention = attentionMap(photo.size());
    cv::Mat heat;
    cv::applyColorMap(attention, heat, cv::COLORMAP_JET);
    cv::Mat smallHeat; // as the service sends it: ~6 MP, stretched by the compositor
    cv::resize(heat, smallHeat, cv::Size(3000, 2000), 0, 0, cv::INTER_AREA);
    dv::imaging::OverlayCompositor compositor;
    compositor.setPhoto(photo);
    compositor.setHeatMap(heat);
    cv::Mat composed, bare;
    double opacity = 0.5;
    const auto nextOpacity = [&] {
        return opacity = opacity > 0.6 ? 0.4 : opacity + 0.01;
    };
    const std::vector<double> blend =
        interleaved({[&] { cv::addWeighted(photo, 1 - nextOpacity(), heat, opacity, 0.0, bare); },
                     [&] {
                         compositor.composeInto({dv::imaging::OverlayMode::Blend, nextOpacity(),
                                                 0.5, dv::imaging::Palette::Viridis},
                                                composed);
                     },
                     [&] {
                         // From scratch: stretch a 3000x2000 heat map to the photo, then blend.
                         dv::imaging::OverlayCompositor fresh;
                         fresh.setPhoto(photo);
                         fresh.setHeatMap(smallHeat);
                         fresh.composeInto({dv::imaging::OverlayMode::Blend, 0.5, 0.5,
                                            dv::imaging::Palette::Viridis},
                                           composed);
                     },
                     [&] {
                         // The same input as show_cam_on_image (a mask): colour it, then blend.
                         cv::Mat coloured;
                         cv::applyColorMap(attention, coloured, cv::COLORMAP_JET);
                         cv::addWeighted(photo, 0.5, coloured, 0.5, 0.0, composed);
                     }},
                    15);
    out << "\n24 MP blend (median of 15)\n"
        << "  cv::addWeighted (baseline)                 " << ms(blend[0]) << "  1.00 ×\n"
        << "  OverlayCompositor blend, opacity change    " << ms(blend[1]) << "  "
        << ratio(blend[1], blend[0]) << '\n'
        << "  OverlayCompositor from a 6 MP heat map     " << ms(blend[2]) << "  "
        << ratio(blend[2], blend[0]) << '\n'
        << "  applyColorMap(mask) + blend                " << ms(blend[3]) << "  "
        << ratio(blend[3], blend[0]) << '\n';

    // --- 2. pytorch-grad-cam's show_cam_on_image in Python on the same inputs ----------------
    QTemporaryDir dir;
    const QString photoPath = dir.filePath(QStringLiteral("photo.png"));
    const QString maskPath = dir.filePath(QStringLiteral("mask.png"));
    cv::imwrite(photoPath.toStdString(), photo, {cv::IMWRITE_PNG_COMPRESSION, 1});
    cv::imwrite(maskPath.toStdString(), attention, {cv::IMWRITE_PNG_COMPRESSION, 1});
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(DV_BENCH_DIR "/show_cam_on_image.py"), photoPath, maskPath,
                  QStringLiteral("7")});
    python.waitForFinished(600000);
    bool ok = false;
    const double pythonMs =
        QString::fromUtf8(python.readAllStandardOutput()).trimmed().toDouble(&ok);
    if (!ok) {
        out << "python failed: " << QString::fromUtf8(python.readAllStandardError()) << '\n';
    } else {
        out << "\nshow_cam_on_image (Python, numpy, median of 7)  " << ms(pythonMs) << '\n'
            << "  vs compositor blend: " << QString::number(pythonMs / blend[1], 'f', 1)
            << " × faster; from the mask (applyColorMap + blend): "
            << QString::number(pythonMs / blend[3], 'f', 1) << " × faster\n";
    }

    // --- 3. Recomposition at 1920x1080 on an opacity change ---------------------------------
    cv::Mat viewportPhoto;
    cv::resize(photo, viewportPhoto, cv::Size(1920, 1080), 0, 0, cv::INTER_AREA);
    // One compositor per mode, as one per view: each caches the layer of its own mode (a
    // compositor switching modes every round would rebuild its layer every time).
    dv::imaging::OverlayCompositor viewport, attentionView, contourView;
    for (dv::imaging::OverlayCompositor *c : {&viewport, &attentionView, &contourView}) {
        c->setPhoto(viewportPhoto);
        c->setHeatMap(smallHeat);
    }
    QImage shown;
    cv::Mat viewportBare;
    cv::Mat viewportHeat = viewport.scaledHeatMap();
    const auto style = [&](dv::imaging::OverlayMode mode) {
        return dv::imaging::OverlayStyle{mode, nextOpacity(), 0.5, dv::imaging::Palette::Viridis};
    };

    const std::vector<double> recompose = interleaved(
        {[&] { cv::addWeighted(viewportPhoto, 0.5, viewportHeat, 0.5, 0.0, viewportBare); },
         [&] { shown = viewport.composeImage(style(dv::imaging::OverlayMode::Blend)); },
         [&] { shown = attentionView.composeImage(style(dv::imaging::OverlayMode::Attention)); },
         [&] {
             shown = contourView.composeImage(style(dv::imaging::OverlayMode::Contour));
         }},
        101);
    out << "\n1920x1080 recomposition on an opacity change, to a QImage (median of 101)\n"
        << "  cv::addWeighted alone (baseline)   " << ms(recompose[0]) << "  1.00 ×\n"
        << "  blend                              " << ms(recompose[1]) << "  "
        << ratio(recompose[1], recompose[0]) << '\n'
        << "  attention                          " << ms(recompose[2]) << "  "
        << ratio(recompose[2], recompose[0]) << '\n'
        << "  contour                            " << ms(recompose[3]) << "  "
        << ratio(recompose[3], recompose[0]) << '\n';

    // --- 4. 24 MP JPEG: first preview vs reduced and full decodes ----------------------------
    QImage preview;
    cv::Mat decoded;
    const std::vector<double> decodes = interleaved(
        {[&] { decoded = decode(jpeg, cv::IMREAD_REDUCED_COLOR_8); },
         [&] { preview = std::get<QImage>(dv::imaging::ImageLoader::decodePreview(jpeg)); },
         [&] {
             decoded = decode(jpeg, cv::IMREAD_COLOR);
         }},
        9);
    out << "\n24 MP JPEG decode (median of 9); preview is " << preview.width() << "x"
        << preview.height() << '\n'
        << "  imdecode IMREAD_REDUCED_COLOR_8 (baseline) " << ms(decodes[0]) << "  1.00 ×\n"
        << "  ImageLoader::decodePreview                 " << ms(decodes[1]) << "  "
        << ratio(decodes[1], decodes[0]) << '\n'
        << "  imdecode IMREAD_COLOR (full)               " << ms(decodes[2]) << "  "
        << ratio(decodes[2], decodes[0]) << "; preview "
        << QString::number(decodes[2] / decodes[1], 'f', 1) << " × faster than full\n";
    return 0;
}
