// The photo loader: orientation applied once, metadata never uploaded, displayed pixels equal
// to the decode of the upload bytes, limits, truncation, previews, the background loader.
#include "GlobalPoolHold.h"
#include "SyntheticImages.h"
#include "imaging/AsyncImageLoader.h"
#include "imaging/ImageLoader.h"
#include "imaging/JpegMetadata.h"
#include "imaging/MatConversion.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dv::imaging;
using dv::test::decode;
using dv::test::encode;
using dv::test::maxDifference;
using dv::test::quadrants;
using dv::test::withMetadata;

namespace {

PreparedImage prepareOk(const QByteArray &bytes)
{
    ImagingResult<PreparedImage> result = ImageLoader::prepare(bytes);
    if (isError(result))
        qFatal("prepare failed: %s", qPrintable(errorMessage(result)));
    return std::get<PreparedImage>(result);
}

/// The stored pixels that orientation `o` turns into `upright` (the test's own inverse,
/// independent of the library's transform).
cv::Mat storedFor(const cv::Mat &upright, int o)
{
    cv::Mat s;
    switch (o) {
    case 2:
        cv::flip(upright, s, 1);
        break;
    case 3:
        cv::flip(upright, s, -1);
        break;
    case 4:
        cv::flip(upright, s, 0);
        break;
    case 5:
        cv::transpose(upright, s);
        break;
    case 6: // shown after a clockwise turn: stored turned counter-clockwise
        cv::rotate(upright, s, cv::ROTATE_90_COUNTERCLOCKWISE);
        break;
    case 7:
        cv::transpose(upright, s);
        cv::flip(s, s, -1);
        break;
    case 8:
        cv::rotate(upright, s, cv::ROTATE_90_CLOCKWISE);
        break;
    default:
        s = upright.clone();
    }
    return s;
}

/// Compares the centre of each quadrant (JPEG: solid blocks survive within a few levels).
void compareQuadrants(const cv::Mat &actual, const cv::Mat &expected, int tolerance)
{
    QCOMPARE(actual.cols, expected.cols);
    QCOMPARE(actual.rows, expected.rows);
    for (const auto &[fx, fy] : {std::pair{0.25, 0.25}, {0.75, 0.25}, {0.25, 0.75}, {0.75, 0.75}}) {
        const cv::Point p(static_cast<int>(fx * actual.cols), static_cast<int>(fy * actual.rows));
        const cv::Vec3b a = actual.at<cv::Vec3b>(p), e = expected.at<cv::Vec3b>(p);
        for (int c = 0; c < 3; ++c)
            QVERIFY2(std::abs(a[c] - e[c]) <= tolerance,
                     qPrintable(QStringLiteral("at (%1,%2) channel %3: %4 vs %5")
                                    .arg(p.x)
                                    .arg(p.y)
                                    .arg(c)
                                    .arg(a[c])
                                    .arg(e[c])));
    }
}

QByteArray orientedJpeg(const cv::Mat &upright, int orientation)
{
    return withMetadata(
        encode(storedFor(upright, orientation), ".jpg", {cv::IMWRITE_JPEG_QUALITY, 100}),
        orientation);
}

/// A PNG chunk with a correct CRC (the test's own CRC-32, not the library's).
QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray chunk;
    const auto length = static_cast<quint32>(data.size());
    for (int shift = 24; shift >= 0; shift -= 8)
        chunk.append(char((length >> shift) & 0xff));
    const QByteArray body = type + data;
    quint32 crc = 0xFFFFFFFFU;
    for (const char byte : body) {
        crc ^= static_cast<quint8>(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320U & (0U - (crc & 1U)));
    }
    crc ^= 0xFFFFFFFFU;
    chunk += body;
    for (int shift = 24; shift >= 0; shift -= 8)
        chunk.append(char((crc >> shift) & 0xff));
    return chunk;
}

/// Writes `bytes` to `name` in `dir`; the path, or empty when it cannot be written.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? path : QString();
}

} // namespace

class TestImageLoader : public QObject
{
    Q_OBJECT

private slots:
    void exifOrientation_data();
    void exifOrientation();
    void metadataNeverUploaded();
    void openCvReducedDecodeAppliesOrientation();
    void previewOrientation_data();
    void previewOrientation();
    void losslessFormats_data();
    void losslessFormats();
    void truncatedFilesRejected_data();
    void truncatedFilesRejected();
    void decompressionBombsRejectedBeforeDecoding();
    void hostileBytes();
    void hundredMegapixelPhoto();
    void realPhotos();
    void asyncPreviewThenFull();
    void asyncCancelAndFailure();
    void asyncLoadDoesNotNeedQtsGlobalPool();
};

void TestImageLoader::exifOrientation_data()
{
    QTest::addColumn<int>("orientation");
    for (int o = 1; o <= 8; ++o)
        QTest::addRow("orientation %d", o) << o;
}

void TestImageLoader::exifOrientation()
{
    QFETCH(int, orientation);
    const cv::Mat upright = quadrants(64, 32);
    const QByteArray file = orientedJpeg(upright, orientation);
    const PreparedImage prepared = prepareOk(file);
    QCOMPARE(prepared.orientation, orientation);
    const cv::Mat displayed = toMat(prepared.displayed);
    compareQuadrants(displayed, upright, 8);
    QCOMPARE(prepared.encoding,
             orientation == 1 ? UploadEncoding::StrippedOriginal : UploadEncoding::ReencodedJpeg);
    QCOMPARE(prepared.uploadMimeType, QStringLiteral("image/jpeg"));
    // What is shown is exactly what the uploaded bytes decode to, by a decoder that honours
    // EXIF (so the upload has no orientation left to apply a second time).
    QCOMPARE(maxDifference(displayed, decode(prepared.uploadBytes, cv::IMREAD_COLOR)), 0);
    const std::optional<JpegInfo> uploaded = readJpeg(prepared.uploadBytes, false);
    QVERIFY(uploaded && uploaded->complete);
    QCOMPARE(uploaded->orientation, 1);
    if (orientation == 1) // lossless: the very pixels of the original file
        QCOMPARE(maxDifference(displayed,
                               decode(file, cv::IMREAD_COLOR | cv::IMREAD_IGNORE_ORIENTATION)),
                 0);
}

void TestImageLoader::metadataNeverUploaded()
{
    for (int orientation : {1, 6}) {
        const QByteArray file = orientedJpeg(quadrants(64, 32), orientation);
        QVERIFY(file.contains("SECRET-GPS") && file.contains("SECRET-XMP"));
        const PreparedImage prepared = prepareOk(file);
        for (const char *secret : {"SECRET", "Exif", "xmpmeta", "Photoshop", "8BIM"})
            QVERIFY2(!prepared.uploadBytes.contains(secret), secret);
        QVERIFY(prepared.uploadBytes.endsWith("\xff\xd9")); // trailer dropped
    }
    // Lossless path: removing the segments is all that changed.
    const QByteArray plain = encode(quadrants(64, 32), ".jpg");
    const PreparedImage prepared = prepareOk(withMetadata(plain, 1));
    QCOMPARE(prepared.uploadBytes, plain);

    // Progressive (several scans, tables between them) and restart-interval JPEGs: the walk
    // over the entropy-coded data finds every marker, and nothing but metadata is removed.
    for (const std::vector<int> &parameters :
         {std::vector<int>{cv::IMWRITE_JPEG_PROGRESSIVE, 1},
          std::vector<int>{cv::IMWRITE_JPEG_RST_INTERVAL, 2}}) {
        const QByteArray variant = encode(dv::test::syntheticPhoto(97, 61), ".jpg", parameters);
        const PreparedImage stripped = prepareOk(withMetadata(variant, 1));
        QCOMPARE(stripped.uploadBytes, variant);
        QCOMPARE(maxDifference(toMat(stripped.displayed), decode(variant)), 0);
    }

    // PNG text chunks do not survive the lossless re-encode either.
    QByteArray png = encode(quadrants(64, 32), ".png");
    png.insert(33, pngChunk("tEXt", QByteArray("Comment\0SECRET-PNG", 18)));
    QVERIFY(decode(png).data);
    const PreparedImage fromPng = prepareOk(png);
    QVERIFY(!fromPng.uploadBytes.contains("SECRET"));
}

void TestImageLoader::openCvReducedDecodeAppliesOrientation()
{
    // Why every decode passes IMREAD_IGNORE_ORIENTATION: OpenCV 4.6 applies EXIF orientation
    // itself in IMREAD_COLOR and in the DCT-scaled IMREAD_REDUCED_* modes. Were it to stop
    // (or start elsewhere), this test says so.
    const QByteArray file = orientedJpeg(quadrants(64, 32), 6); // stored 32 wide, 64 high
    const cv::Mat reduced = decode(file, cv::IMREAD_REDUCED_COLOR_2);
    QCOMPARE(reduced.cols, 32); // upright 64x32, halved
    QCOMPARE(reduced.rows, 16);
    const cv::Mat ignored =
        decode(file, cv::IMREAD_REDUCED_COLOR_2 | cv::IMREAD_IGNORE_ORIENTATION);
    QCOMPARE(ignored.cols, 16);
    QCOMPARE(ignored.rows, 32);
}

void TestImageLoader::previewOrientation_data()
{
    exifOrientation_data();
}

void TestImageLoader::previewOrientation()
{
    QFETCH(int, orientation);
    const cv::Mat upright = quadrants(1280, 640);
    const QByteArray file = orientedJpeg(upright, orientation);
    ImagingResult<QImage> preview = ImageLoader::decodePreview(file, 160);
    QVERIFY2(!isError(preview), qPrintable(isError(preview) ? errorMessage(preview) : QString()));
    const cv::Mat shown = toMat(std::get<QImage>(preview));
    cv::Mat expected;
    cv::resize(upright, expected, cv::Size(160, 80), 0, 0, cv::INTER_AREA);
    compareQuadrants(shown, expected, 8); // 1/8 DCT scale: 160x80, upright
}

void TestImageLoader::losslessFormats_data()
{
    QTest::addColumn<QByteArray>("extension");
    QTest::addColumn<int>("width");
    QTest::newRow("png") << QByteArray(".png") << 33;
    QTest::newRow("tiff") << QByteArray(".tiff") << 1001;
    QTest::newRow("bmp") << QByteArray(".bmp") << 3;
    QTest::newRow("webp lossless") << QByteArray(".webp") << 47;
}

void TestImageLoader::losslessFormats()
{
    QFETCH(QByteArray, extension);
    QFETCH(int, width);
    const cv::Mat source = dv::test::syntheticPhoto(width, 21);
    const std::vector<int> parameters =
        extension == ".webp" ? std::vector<int>{cv::IMWRITE_WEBP_QUALITY, 101} : std::vector<int>{};
    const PreparedImage prepared = prepareOk(encode(source, extension.constData(), parameters));
    QCOMPARE(prepared.encoding, UploadEncoding::ReencodedPng);
    QCOMPARE(prepared.uploadMimeType, QStringLiteral("image/png"));
    QCOMPARE(maxDifference(toMat(prepared.displayed), source), 0);
    QCOMPARE(maxDifference(decode(prepared.uploadBytes), source), 0);
}

void TestImageLoader::truncatedFilesRejected_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const cv::Mat photo = dv::test::syntheticPhoto(200, 150);
    const QByteArray jpeg = encode(photo, ".jpg");
    const QByteArray png = encode(photo, ".png");
    const QByteArray bmp = encode(photo, ".bmp");
    const QByteArray webp = encode(photo, ".webp");
    QTest::newRow("jpeg half") << jpeg.left(jpeg.size() / 2);
    QTest::newRow("jpeg without EOI") << jpeg.left(jpeg.size() - 2);
    QTest::newRow("jpeg headers only") << jpeg.left(200);
    QTest::newRow("png half") << png.left(png.size() / 2);
    QTest::newRow("png without IEND") << png.left(png.size() - 12);
    QTest::newRow("bmp half") << bmp.left(bmp.size() / 2);
    QTest::newRow("webp half") << webp.left(webp.size() / 2);
}

void TestImageLoader::truncatedFilesRejected()
{
    QFETCH(QByteArray, bytes);
    ImagingResult<PreparedImage> result = ImageLoader::prepare(bytes);
    QVERIFY(isError(result));
    QVERIFY2(errorMessage(result).contains(QLatin1String("truncated")) ||
                 errorMessage(result).contains(QLatin1String("damaged")),
             qPrintable(errorMessage(result)));
    QVERIFY(isError(ImageLoader::decodePreview(bytes)));
}

void TestImageLoader::decompressionBombsRejectedBeforeDecoding()
{
    // A valid 8x8 PNG whose IHDR (CRC corrected) declares 60000 x 60000: 3.6 GP, 10.8 GB BGR.
    QByteArray png = encode(cv::Mat(8, 8, CV_8UC3, cv::Scalar(1, 2, 3)), ".png");
    QByteArray ihdr = png.mid(16, 13);
    ihdr.replace(0, 8, QByteArray::fromHex("0000ea600000ea60"));
    png.replace(8, 25, pngChunk("IHDR", ihdr));
    // A JPEG whose frame header claims 65000 x 65000.
    QByteArray jpeg = encode(cv::Mat(8, 8, CV_8UC3, cv::Scalar(1, 2, 3)), ".jpg");
    const qsizetype sof = jpeg.indexOf("\xff\xc0");
    QVERIFY(sof > 0);
    jpeg.replace(sof + 5, 4, QByteArray::fromHex("fde8fde8"));

    for (const QByteArray &bomb : {png, jpeg}) {
        QVERIFY(bomb.size() < 1024);
        QElapsedTimer timer;
        timer.start();
        ImagingResult<PreparedImage> result = ImageLoader::prepare(bomb);
        QVERIFY(isError(result));
        QVERIFY2(errorMessage(result).contains(QLatin1String("megapixels")),
                 qPrintable(errorMessage(result)));
        QVERIFY(isError(ImageLoader::decodePreview(bomb)));
        QVERIFY(timer.elapsed() < 1000); // refused from the header, nothing decoded
    }
}

void TestImageLoader::hostileBytes()
{
    const QByteArray cases[] = {
        QByteArray(),
        QByteArray("\xff\xd8\xff\xe0 this is not a jpeg", 24),
        QByteArray("\x89PNG\r\n\x1a\n", 8),
        QByteArray("GIF89a\x01\x00\x01\x00", 10),
        QByteArray("BM"),
        QByteArray("RIFF\xff\xff\xff\xffWEBPVP8 ", 16),
        QByteArray("II*\0\xff\xff\xff\x7f", 8),
        QByteArray(4096, '\xff'),
    };
    for (const QByteArray &bytes : cases) {
        ImagingResult<PreparedImage> result = ImageLoader::prepare(bytes);
        QVERIFY(isError(result));
        QVERIFY(!errorMessage(result).isEmpty());
    }
}

void TestImageLoader::hundredMegapixelPhoto()
{
    // 10000 x 10000, solid colour: a small JPEG (~1.5 MB) that decodes to 300 MB of BGR.
    QByteArray jpeg;
    {
        const cv::Mat large(10000, 10000, CV_8UC3, cv::Scalar(40, 90, 200));
        jpeg = encode(large, ".jpg", {cv::IMWRITE_JPEG_QUALITY, 80});
    }
    ImagingResult<QImage> preview = ImageLoader::decodePreview(jpeg);
    QVERIFY(!isError(preview));
    QCOMPARE(std::get<QImage>(preview).size(), QSize(1250, 1250));
    ImagingResult<PreparedImage> result = ImageLoader::prepare(jpeg);
    QVERIFY2(!isError(result), qPrintable(isError(result) ? errorMessage(result) : QString()));
    const QImage &shown = std::get<PreparedImage>(result).displayed;
    QCOMPARE(shown.size(), QSize(10000, 10000));
    const QColor centre = shown.pixelColor(5000, 5000);
    QVERIFY(std::abs(centre.red() - 200) <= 3 && std::abs(centre.blue() - 40) <= 3);
}

void TestImageLoader::realPhotos()
{
    const QDir dir(QStringLiteral(DV_SHARED_IMAGES));
    const QStringList photos =
        dir.entryList({QStringLiteral("*.jpg"), QStringLiteral("*.png")}, QDir::Files);
    QVERIFY2(photos.size() >= 17, qPrintable(dir.path())); // fail, never skip
    for (const QString &name : photos) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const PreparedImage prepared = prepareOk(bytes);
        // Same upright geometry as OpenCV's own EXIF-aware decode of the original file.
        const cv::Mat reference = decode(bytes, cv::IMREAD_COLOR);
        QCOMPARE(prepared.displayed.width(), reference.cols);
        QCOMPARE(prepared.displayed.height(), reference.rows);
        QCOMPARE(maxDifference(toMat(prepared.displayed), decode(prepared.uploadBytes)), 0);
        QVERIFY2(!prepared.uploadBytes.contains("Exif"), qPrintable(name));
    }
}

void TestImageLoader::asyncPreviewThenFull()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("large.jpg"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(orientedJpeg(quadrants(1280, 640), 6));
    file.close();

    AsyncImageLoader loader;
    loader.setPreviewLongSide(160);
    QStringList order;
    QImage preview;
    PreparedImage full;
    connect(&loader, &AsyncImageLoader::previewReady, this, [&](const QImage &image) {
        order << QStringLiteral("preview");
        preview = image;
    });
    connect(&loader, &AsyncImageLoader::loaded, this, [&](const PreparedImage &image) {
        order << QStringLiteral("full");
        full = image;
    });
    connect(&loader, &AsyncImageLoader::failed, this,
            [&](const QString &message) { order << message; });
    loader.load(path);
    QVERIFY(loader.isLoading());
    QTRY_COMPARE(order, (QStringList{QStringLiteral("preview"), QStringLiteral("full")}));
    QTRY_VERIFY(!loader.isLoading());
    // Stored 640x1280 with orientation 6: both steps show it upright, 2:1 landscape.
    QCOMPARE(preview.size(), QSize(160, 80));
    QCOMPARE(full.displayed.size(), QSize(1280, 640));
}

void TestImageLoader::asyncCancelAndFailure()
{
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, QStringLiteral("photo.jpg"), encode(quadrants(4000, 3000), ".jpg"));
    QVERIFY(!path.isEmpty());

    AsyncImageLoader loader;
    QSignalSpy previews(&loader, &AsyncImageLoader::previewReady);
    QSignalSpy loaded(&loader, &AsyncImageLoader::loaded);
    QSignalSpy failed(&loader, &AsyncImageLoader::failed);
    loader.load(path);
    loader.cancel();
    QVERIFY(!loader.isLoading());
    QTest::qWait(1500); // long enough for the whole decode had it gone on
    QCOMPARE(previews.size() + loaded.size() + failed.size(), 0);

    // A second load replaces the first; only its signals arrive.
    loader.load(dir.filePath(QStringLiteral("missing.jpg")));
    loader.load(path);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(failed.size(), 0);

    loader.load(dir.filePath(QStringLiteral("missing.jpg")));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
}

// Regression: decodes queued on Qt's global pool made paint events wait for them.
void TestImageLoader::asyncLoadDoesNotNeedQtsGlobalPool()
{
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, QStringLiteral("photo.jpg"), encode(quadrants(640, 480), ".jpg"));
    QVERIFY(!path.isEmpty());

    const GlobalPoolHold hold;
    AsyncImageLoader loader;
    QSignalSpy loaded(&loader, &AsyncImageLoader::loaded);
    loader.load(path);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
}

QTEST_MAIN(TestImageLoader)
#include "tst_image_loader.moc"
