// Heat-map decoding and the overlay engine: the blend formula pixel by pixel, the colormap
// inversion, attention transparency, contours that leave the photo untouched, stretching to
// the photo's geometry, severity masks and boxes, golden images, Mat <-> QImage.
#include "SyntheticImages.h"
#include "imaging/AttentionMap.h"
#include "imaging/HeatMapDecoding.h"
#include "imaging/Legend.h"
#include "imaging/MatConversion.h"
#include "imaging/OverlayCompositor.h"
#include "imaging/SeverityOverlay.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QTest>
#include <cmath>

using namespace dv::imaging;
using dv::test::encode;
using dv::test::jetHeatMap;
using dv::test::maxDifference;
using dv::test::syntheticAttention;
using dv::test::syntheticPhoto;

namespace {

/// Golden images are compared with a tolerance of 2 per channel: the inputs are lossless
/// (PNG), but resize and float rounding may differ by a level between OpenCV builds and SIMD
/// paths. A threshold-dependent pixel that flips between builds would exceed it, and should.
constexpr int kGoldenTolerance = 2;

dv::model::Attachment attachmentOf(const QByteArray &encoded, int width, int height,
                                   const QString &type = QStringLiteral("image/png"))
{
    dv::model::Attachment a;
    a.contentType = type;
    a.base64Data = QString::fromLatin1(encoded.toBase64());
    a.width = width;
    a.height = height;
    a.colorModel = QStringLiteral("RGB");
    return a;
}

DecodedAttachment decodeOk(const dv::model::Attachment &attachment,
                           AttachmentPixels pixels = AttachmentPixels::Colour)
{
    ImagingResult<DecodedAttachment> result = HeatMapDecoding::decode(attachment, pixels);
    if (isError(result))
        qFatal("decode failed: %s", qPrintable(errorMessage(result)));
    return std::get<DecodedAttachment>(result);
}

/// The golden scene: a 160x120 photo, a 40x30 heat map (a quarter of the size, the same
/// aspect) sent as PNG, so nothing lossy enters the comparison.
struct Scene
{
    cv::Mat photo = syntheticPhoto(160, 120);
    cv::Mat attention = syntheticAttention(40, 30);
    cv::Mat heat = decodeOk(attachmentOf(encode(jetHeatMap(attention), ".png"), 40, 30)).pixels;
};

void compareGolden(const cv::Mat &actual, const QString &name)
{
    const QString path = QStringLiteral(DV_GOLDEN_DIR "/") + name + QStringLiteral(".png");
    if (qEnvironmentVariableIsSet("DV_UPDATE_GOLDEN")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(encode(actual, ".png"));
        qWarning("wrote %s", qPrintable(path));
        return;
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const cv::Mat golden = dv::test::decode(file.readAll());
    QVERIFY2(!golden.empty(), qPrintable(path));
    const int difference = maxDifference(actual, golden);
    QVERIFY2(difference <= kGoldenTolerance,
             qPrintable(QStringLiteral("%1: max channel difference %2").arg(name).arg(difference)));
}

} // namespace

class TestOverlayCompositor : public QObject
{
    Q_OBJECT

private slots:
    void matQImageRoundTrip_data();
    void matQImageRoundTrip();
    void blendFormulaPixelByPixel_data();
    void blendFormulaPixelByPixel();
    void colormapInversion();
    void attentionTransparentBelowThreshold();
    void contourLeavesPhotoUntouched();
    void otherAspectRatioIsStretched();
    void heatMapErrors_data();
    void heatMapErrors();
    void declaredMetadataMismatchWarns();
    void severityMasksAndBoxes();
    void goldenImages();
    void legendDrawsPaletteAndThreshold();
    void recomposesOnlyTheBlend();
    void emptyInputsLeaveItNotReady();
};

void TestOverlayCompositor::matQImageRoundTrip_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("type");
    for (int width : {1, 3, 33, 1001}) {
        QTest::addRow("grey %d", width) << width << CV_8UC1;
        QTest::addRow("bgr %d", width) << width << CV_8UC3;
        QTest::addRow("bgra %d", width) << width << CV_8UC4;
    }
}

void TestOverlayCompositor::matQImageRoundTrip()
{
    QFETCH(int, width);
    QFETCH(int, type);
    cv::Mat mat(7, width, type);
    cv::randu(mat, cv::Scalar::all(0), cv::Scalar::all(256));
    // A Mat that is a view into a wider one: its step is not width * channels.
    cv::Mat wide(7, width + 5, type);
    mat.copyTo(wide(cv::Rect(2, 0, width, 7)));
    const cv::Mat view = wide(cv::Rect(2, 0, width, 7));

    QImage image = toQImage(view);
    QCOMPARE(image.width(), width);
    QCOMPARE(image.height(), 7);
    QCOMPARE(image.bytesPerLine() % 4, 0);
    // Channel order: BGR (0,1,2) must read as R = 2, G = 1, B = 0.
    const QColor pixel = image.pixelColor(width - 1, 6);
    if (type == CV_8UC1) {
        QCOMPARE(image.format(), QImage::Format_Grayscale8);
        QCOMPARE(pixel.red(), int(mat.at<uchar>(6, width - 1)));
    } else if (type == CV_8UC3) {
        QCOMPARE(image.format(), QImage::Format_RGB888);
        const cv::Vec3b bgr = mat.at<cv::Vec3b>(6, width - 1);
        QCOMPARE(pixel.red(), int(bgr[2]));
        QCOMPARE(pixel.green(), int(bgr[1]));
        QCOMPARE(pixel.blue(), int(bgr[0]));
    } else {
        QCOMPARE(image.format(), QImage::Format_ARGB32);
        const cv::Vec4b bgra = mat.at<cv::Vec4b>(6, width - 1);
        QCOMPARE(pixel.red(), int(bgra[2]));
        QCOMPARE(pixel.blue(), int(bgra[0]));
        QCOMPARE(pixel.alpha(), int(bgra[3]));
    }
    // Deep copies both ways: the source may die.
    wide.setTo(cv::Scalar::all(0));
    const cv::Mat back = toMat(image);
    image = QImage();
    QCOMPARE(back.type(), type);
    QCOMPARE(maxDifference(back, mat), 0);
}

void TestOverlayCompositor::blendFormulaPixelByPixel_data()
{
    QTest::addColumn<double>("alpha");
    for (double alpha : {0.0, 0.25, 0.5, 0.7, 1.0})
        QTest::addRow("alpha %.2f", alpha) << alpha;
}

void TestOverlayCompositor::blendFormulaPixelByPixel()
{
    QFETCH(double, alpha);
    const cv::Mat photo = syntheticPhoto(101, 37);
    const cv::Mat heat = jetHeatMap(syntheticAttention(101, 37));
    OverlayCompositor compositor;
    compositor.setPhoto(photo);
    compositor.setHeatMap(heat);
    const cv::Mat out = compositor.compose({OverlayMode::Blend, alpha, 0.5, Palette::Viridis});
    QCOMPARE(out.size(), photo.size());
    for (int y = 0; y < photo.rows; ++y) {
        for (int x = 0; x < photo.cols; ++x) {
            for (int c = 0; c < 3; ++c) {
                const double expected = (1.0 - alpha) * photo.at<cv::Vec3b>(y, x)[c] +
                                        alpha * heat.at<cv::Vec3b>(y, x)[c];
                const int actual = out.at<cv::Vec3b>(y, x)[c];
                // Rounded to nearest; no renormalisation by a maximum.
                if (std::abs(actual - expected) > 0.5 + 1e-3)
                    QFAIL(qPrintable(QStringLiteral("(%1,%2)[%3]: %4, expected %5")
                                         .arg(x)
                                         .arg(y)
                                         .arg(c)
                                         .arg(actual)
                                         .arg(expected)));
            }
        }
    }
}

void TestOverlayCompositor::colormapInversion()
{
    cv::Mat ramp(1, 256, CV_8UC1);
    for (int i = 0; i < 256; ++i)
        ramp.at<uchar>(0, i) = static_cast<uchar>(i);
    const cv::Mat recovered = ColormapInverter::forPalette(Palette::Jet).invert(jetHeatMap(ramp));
    for (int i = 0; i < 256; ++i)
        QVERIFY2(std::abs(recovered.at<uchar>(0, i) - i) <= 2,
                 qPrintable(QStringLiteral("%1 -> %2").arg(i).arg(recovered.at<uchar>(0, i))));
    // Through JPEG (how heat maps arrive), a smooth map comes back within a few levels.
    const cv::Mat attention = syntheticAttention(200, 150);
    const cv::Mat viaJpeg =
        dv::test::decode(encode(jetHeatMap(attention), ".jpg", {cv::IMWRITE_JPEG_QUALITY, 80}));
    cv::Mat difference;
    cv::absdiff(ColormapInverter::forPalette(Palette::Jet).invert(viaJpeg), attention, difference);
    QVERIFY2(cv::mean(difference)[0] < 3.0, qPrintable(QString::number(cv::mean(difference)[0])));
}

void TestOverlayCompositor::attentionTransparentBelowThreshold()
{
    const Scene scene;
    OverlayCompositor compositor;
    compositor.setPhoto(scene.photo);
    compositor.setHeatMap(scene.heat);
    const OverlayStyle style{OverlayMode::Attention, 0.6, 0.5, Palette::Cividis};
    const cv::Mat out = compositor.compose(style);
    const cv::Mat &attention = compositor.attention();
    int covered = 0;
    for (int y = 0; y < out.rows; ++y) {
        for (int x = 0; x < out.cols; ++x) {
            const cv::Vec3b o = out.at<cv::Vec3b>(y, x), p = scene.photo.at<cv::Vec3b>(y, x);
            if (attention.at<uchar>(y, x) < 128) {
                QCOMPARE(o, p); // fully transparent
                continue;
            }
            ++covered;
            const cv::Vec3b colour =
                paletteColour(Palette::Cividis, attention.at<uchar>(y, x) / 255.0);
            for (int c = 0; c < 3; ++c)
                QVERIFY(std::abs(o[c] - (0.4 * p[c] + 0.6 * colour[c])) <= 0.5 + 1e-3);
        }
    }
    QVERIFY(covered > 500 && covered < out.rows * out.cols - 500);
}

void TestOverlayCompositor::contourLeavesPhotoUntouched()
{
    const Scene scene;
    OverlayCompositor compositor;
    compositor.setPhoto(scene.photo);
    compositor.setHeatMap(scene.heat);
    for (double threshold : {0.3, 0.7}) {
        const OverlayStyle style{OverlayMode::Contour, 1.0, threshold, Palette::Viridis};
        const cv::Mat out = compositor.compose(style);
        const cv::Mat stroke = compositor.layer(style).coverage;
        int strokePixels = 0;
        for (int y = 0; y < out.rows; ++y) {
            for (int x = 0; x < out.cols; ++x) {
                if (stroke.at<uchar>(y, x) == 0) {
                    QCOMPARE(out.at<cv::Vec3b>(y, x), scene.photo.at<cv::Vec3b>(y, x));
                } else {
                    ++strokePixels;
                    QCOMPARE(out.at<cv::Vec3b>(y, x), paletteColour(Palette::Viridis, 1.0));
                }
            }
        }
        QVERIFY(strokePixels > 40);
        // The stroke surrounds the hot spot (the blob is centred at 60 %, 40 %).
        QCOMPARE(stroke.at<uchar>(48, 96), uchar(0));
    }
    // A higher threshold outlines a smaller region.
    const cv::Mat low = compositor.attention() >= thresholdLevel(0.3);
    const cv::Mat high = compositor.attention() >= thresholdLevel(0.7);
    QVERIFY(cv::countNonZero(high) < cv::countNonZero(low));
}

void TestOverlayCompositor::otherAspectRatioIsStretched()
{
    // A square 64x64 heat map over a 200x100 photo covers the photo entirely: its left half
    // lands on the photo's left half (stretched, not letterboxed or cropped).
    cv::Mat heat(64, 64, CV_8UC3, cv::Scalar(255, 0, 0));
    heat(cv::Rect(32, 0, 32, 64)).setTo(cv::Scalar(0, 0, 255));
    const cv::Mat photo(100, 200, CV_8UC3, cv::Scalar(0, 0, 0));
    QVERIFY(HeatMapDecoding::aspectDiffers(heat.size(), photo.size()));
    QVERIFY(!HeatMapDecoding::aspectDiffers(cv::Size(400, 200), photo.size()));
    OverlayCompositor compositor;
    compositor.setPhoto(photo);
    compositor.setHeatMap(heat);
    const cv::Mat out = compositor.compose({OverlayMode::Blend, 1.0, 0.5, Palette::Viridis});
    QCOMPARE(out.size(), photo.size());
    QCOMPARE(out.at<cv::Vec3b>(0, 0), cv::Vec3b(255, 0, 0));
    QCOMPARE(out.at<cv::Vec3b>(99, 97), cv::Vec3b(255, 0, 0));
    QCOMPARE(out.at<cv::Vec3b>(99, 103), cv::Vec3b(0, 0, 255));
    QCOMPARE(out.at<cv::Vec3b>(0, 199), cv::Vec3b(0, 0, 255));
}

void TestOverlayCompositor::heatMapErrors_data()
{
    QTest::addColumn<QString>("base64");
    QTest::addColumn<QString>("expected");
    const QByteArray jpeg = encode(syntheticPhoto(64, 48), ".jpg");
    const QByteArray png = encode(syntheticPhoto(64, 48), ".png");
    const auto b64 = [](const QByteArray &bytes) {
        return QString::fromLatin1(bytes.toBase64());
    };
    QTest::newRow("empty") << QString() << "no image data";
    QTest::newRow("not base64") << "this is *not* base64!"
                                << "base64";
    QTest::newRow("data url prefix") << "data:image/jpeg;base64," + b64(jpeg) << "base64";
    QTest::newRow("non-latin") << QStringLiteral("/9j/ü4AAQ") << "base64";
    QTest::newRow("not an image") << b64("hello, world") << "Unsupported or damaged";
    QTest::newRow("gif") << b64("GIF89a\x01\x00\x01\x00\x00\x00\x00;") << "Unsupported or damaged";
    QTest::newRow("jpeg truncated") << b64(jpeg.left(jpeg.size() * 2 / 3)) << "truncated";
    QTest::newRow("png truncated") << b64(png.left(png.size() - 20)) << "truncated";
    QByteArray corrupt = jpeg;
    for (qsizetype i = corrupt.indexOf("\xff\xda") + 14; i < corrupt.size() - 2; i += 7)
        corrupt[i] = '\xff'; // markers all over the entropy-coded data
    QTest::newRow("jpeg corrupt") << b64(corrupt) << "damaged";
    const QByteArray bmp = encode(syntheticPhoto(8, 8), ".bmp");
    QTest::newRow("bmp") << b64(bmp) << "only JPEG and PNG";
}

void TestOverlayCompositor::heatMapErrors()
{
    QFETCH(QString, base64);
    QFETCH(QString, expected);
    dv::model::Attachment attachment;
    attachment.base64Data = base64;
    ImagingResult<DecodedAttachment> result =
        HeatMapDecoding::decode(attachment, AttachmentPixels::Colour);
    QVERIFY(isError(result));
    QVERIFY2(errorMessage(result).contains(expected, Qt::CaseInsensitive),
             qPrintable(errorMessage(result)));
}

void TestOverlayCompositor::declaredMetadataMismatchWarns()
{
    const QByteArray jpeg = encode(jetHeatMap(syntheticAttention(40, 30)), ".jpg");
    QCOMPARE(decodeOk(attachmentOf(jpeg, 40, 30, QStringLiteral("image/jpeg"))).warnings,
             QStringList());
    dv::model::Attachment wrong = attachmentOf(jpeg, 284, 238, QStringLiteral("image/png"));
    wrong.colorModel = QStringLiteral("L");
    const DecodedAttachment decoded = decodeOk(wrong);
    QCOMPARE(decoded.pixels.cols, 40); // still usable
    QCOMPARE(decoded.warnings.size(), 3);
    QVERIFY(decoded.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("284 × 238")));
    // Base64 wrapped at 76 columns (MIME style) is accepted.
    dv::model::Attachment wrapped = attachmentOf(jpeg, 40, 30, QStringLiteral("image/jpeg"));
    for (qsizetype i = 76; i < wrapped.base64Data.size(); i += 78)
        wrapped.base64Data.insert(i, QStringLiteral("\r\n"));
    QCOMPARE(decodeOk(wrapped).pixels.cols, 40);
}

void TestOverlayCompositor::severityMasksAndBoxes()
{
    const cv::Mat photo = syntheticPhoto(120, 90);
    // A binary mask at a third of the size, as JPEG (soft edges), stretched to the photo.
    cv::Mat mask = cv::Mat::zeros(30, 40, CV_8UC1);
    cv::circle(mask, cv::Point(20, 15), 8, cv::Scalar(255), cv::FILLED);
    const DecodedAttachment decoded =
        decodeOk(attachmentOf(encode(mask, ".jpg"), 40, 30, QStringLiteral("image/jpeg")),
                 AttachmentPixels::Grey);
    QCOMPARE(decoded.pixels.type(), CV_8UC1);
    const cv::Vec3b magenta(255, 0, 255);
    const OverlayLayer tint =
        maskLayer(decoded.pixels, photo.size(), 0.5, MaskStyle::Tint, magenta);
    cv::Mat out;
    QVERIFY(composeLayer(photo, tint, 1.0, out));
    QCOMPARE(out.at<cv::Vec3b>(45, 60), magenta);                 // centre of the circle
    QCOMPARE(out.at<cv::Vec3b>(5, 5), photo.at<cv::Vec3b>(5, 5)); // outside: untouched
    const OverlayLayer outline =
        maskLayer(decoded.pixels, photo.size(), 0.5, MaskStyle::Outline, magenta);
    QVERIFY(composeLayer(photo, outline, 1.0, out));
    QCOMPARE(out.at<cv::Vec3b>(45, 60), photo.at<cv::Vec3b>(45, 60)); // inside the outline
    QVERIFY(cv::countNonZero(outline.coverage) < cv::countNonZero(tint.coverage));

    // Boxes in the uploaded image's coordinates (240x180), composed at half that size.
    QVector<dv::model::Detection> boxes(3);
    boxes[0].x1 = 20, boxes[0].y1 = 20, boxes[0].x2 = 100, boxes[0].y2 = 60;
    boxes[1].x1 = 50, boxes[1].y1 = 50, boxes[1].x2 = 10, boxes[1].y2 = 10; // inverted: skipped
    boxes[2].x1 = std::nan(""), boxes[2].x2 = 5;                            // skipped
    const OverlayLayer boxLayer =
        detectionLayer(boxes, cv::Size(240, 180), photo.size(), MaskStyle::Outline, magenta);
    QCOMPARE(boxLayer.coverage.at<uchar>(10, 10), uchar(255)); // corner (20,20)/2
    QCOMPARE(boxLayer.coverage.at<uchar>(20, 30), uchar(0));   // inside the box
    QCOMPARE(boxLayer.coverage.at<uchar>(30, 50), uchar(255)); // corner (100,60)/2
    QCOMPARE(boxLayer.coverage.at<uchar>(5, 5), uchar(0));
}

void TestOverlayCompositor::goldenImages()
{
    const Scene scene;
    OverlayCompositor compositor;
    compositor.setPhoto(scene.photo);
    compositor.setHeatMap(scene.heat);
    compareGolden(compositor.compose({OverlayMode::Blend, 0.5, 0.5, Palette::Viridis}),
                  QStringLiteral("blend-0.5"));
    compareGolden(compositor.compose({OverlayMode::Attention, 0.6, 0.4, Palette::Viridis}),
                  QStringLiteral("attention-viridis-0.4"));
    compareGolden(compositor.compose({OverlayMode::Attention, 0.6, 0.4, Palette::Cividis}),
                  QStringLiteral("attention-cividis-0.4"));
    compareGolden(compositor.compose({OverlayMode::Contour, 1.0, 0.6, Palette::Viridis}),
                  QStringLiteral("contour-0.6"));
    cv::Mat mask = cv::Mat::zeros(scene.photo.size(), CV_8UC1);
    cv::ellipse(mask, cv::Point(60, 70), cv::Size(30, 18), 20, 0, 360, cv::Scalar(255), cv::FILLED);
    cv::Mat out;
    QVERIFY(composeLayer(scene.photo,
                         maskLayer(mask, scene.photo.size(), 0.5, MaskStyle::Tint, {255, 0, 255}),
                         0.45, out));
    compareGolden(out, QStringLiteral("mask-tint"));
    QVector<dv::model::Detection> boxes(2);
    boxes[0].x1 = 10, boxes[0].y1 = 12, boxes[0].x2 = 70, boxes[0].y2 = 50;
    boxes[1].x1 = 90, boxes[1].y1 = 60, boxes[1].x2 = 150, boxes[1].y2 = 110;
    QVERIFY(composeLayer(scene.photo,
                         detectionLayer(boxes, scene.photo.size(), scene.photo.size(),
                                        MaskStyle::Outline, {0, 255, 255}),
                         1.0, out));
    compareGolden(out, QStringLiteral("detections-outline"));
}

void TestOverlayCompositor::legendDrawsPaletteAndThreshold()
{
    const QImage legend = Legend::renderAttention(QSize(300, 70), Palette::Viridis, 0.4);
    QCOMPARE(legend.size(), QSize(300, 70));
    // Find the bar's row: the right end carries viridis' top colour, the left end (below the
    // threshold) the checkerboard's white/grey, never a palette colour.
    const cv::Vec3b top = paletteColour(Palette::Viridis, 1.0);
    bool foundTop = false;
    for (int y = 0; y < legend.height() && !foundTop; ++y) {
        for (int x = 200; x < legend.width(); ++x) {
            const QColor c = legend.pixelColor(x, y);
            if (std::abs(c.red() - top[2]) <= 8 && std::abs(c.green() - top[1]) <= 8 &&
                std::abs(c.blue() - top[0]) <= 8) {
                foundTop = true;
                const QColor left = legend.pixelColor(40, y);
                QCOMPARE(left.red(), left.blue()); // grey or white: transparent
                break;
            }
        }
    }
    QVERIFY(foundTop);
}

void TestOverlayCompositor::recomposesOnlyTheBlend()
{
    const Scene scene;
    OverlayCompositor compositor;
    compositor.setPhoto(scene.photo);
    compositor.setHeatMap(scene.heat);
    OverlayStyle style{OverlayMode::Attention, 0.2, 0.5, Palette::Viridis};
    const cv::Mat *cachedLayer = &compositor.layer(style).colour;
    const uchar *layerPixels = cachedLayer->data;
    style.opacity = 0.9;
    QCOMPARE(compositor.layer(style).colour.data, layerPixels); // same cached layer
    style.threshold = 0.7;
    QVERIFY(compositor.layer(style).coverage.data != nullptr);
    // Frames handed out are never overwritten while held, and match compose().
    style = {OverlayMode::Blend, 0.2, 0.5, Palette::Viridis};
    const QImage first = compositor.composeImage(style);
    const QImage firstCopy = first.copy();
    style.opacity = 0.8;
    const QImage second = compositor.composeImage(style);
    style.opacity = 0.5;
    const QImage third = compositor.composeImage(style);
    QCOMPARE(first, firstCopy);
    QCOMPARE(maxDifference(toMat(second),
                           compositor.compose({OverlayMode::Blend, 0.8, 0.5, Palette::Viridis})),
             0);
    QCOMPARE(maxDifference(toMat(third), compositor.compose(style)), 0);
    QVERIFY(first != second && second != third);
    // Not ready: nothing composed, nothing thrown.
    OverlayCompositor empty;
    QVERIFY(empty.compose(style).empty());
    QVERIFY(empty.composeImage(style).isNull());
}

void TestOverlayCompositor::emptyInputsLeaveItNotReady()
{
    // The window clears its photo this way; OpenCV's cvtColor throws on an empty Mat.
    dv::imaging::OverlayCompositor compositor;
    compositor.setPhoto(cv::Mat());
    compositor.setHeatMap(cv::Mat());
    QVERIFY(!compositor.isReady());
    QVERIFY(compositor.composeImage(dv::imaging::OverlayStyle()).isNull());
}

QTEST_MAIN(TestOverlayCompositor)
#include "tst_overlay_compositor.moc"
