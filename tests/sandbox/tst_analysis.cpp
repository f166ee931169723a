// The sandbox's image analysis on the 17 real photos in ../shared/images (read in place, never
// copied): quality grading and its response to blur and darkening, the skin / modality
// decision, the differential and its indicators, heat maps, determinism, and robustness
// against hostile input. The photos are required: a missing directory fails the test.

#include "sandbox/analysis/ImageAnalysis.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace dv::sandbox;

namespace {

const QStringList &photoNames()
{
    static const QStringList names{"acne.jpg",         "acne_face.jpg",
                                   "acne_lateral.jpg", "alopecia.jpg",
                                   "dermatitis.jpg",   "eczema.jpg",
                                   "hidradenitis.jpg", "invalid.png",
                                   "nevus.jpg",        "non_specific.jpg",
                                   "psoriasis_01.jpg", "psoriasis_02.jpg",
                                   "psoriasis_03.jpg", "pustular_psoriasis.jpg",
                                   "ulcera.jpg",       "urticaria.jpg",
                                   "vitiligo.jpg"};
    return names;
}

QString imagePath(const QString &name)
{
    return QDir(QStringLiteral(DV_SHARED_IMAGES)).filePath(name);
}

QByteArray encode(const cv::Mat &image, const char *extension, int quality = 95)
{
    std::vector<uchar> buffer;
    std::vector<int> params;
    if (QByteArray(extension) == ".jpg")
        params = {cv::IMWRITE_JPEG_QUALITY, quality};
    cv::imencode(extension, image, buffer, params);
    return QByteArray(reinterpret_cast<const char *>(buffer.data()),
                      static_cast<qsizetype>(buffer.size()));
}

cv::Mat decode(const QByteArray &bytes, int flags = cv::IMREAD_COLOR)
{
    const cv::Mat raw(1, static_cast<int>(bytes.size()), CV_8U,
                      const_cast<char *>(bytes.constData()));
    return cv::imdecode(raw, flags);
}

int rankOf(const ImageAnalysis &analysis, const QString &code)
{
    const auto &catalogue = conditionCatalogue();
    for (int i = 0; i < analysis.differential.size(); ++i) {
        if (catalogue[analysis.differential[i].conditionIndex].icd11 == code)
            return i + 1;
    }
    return -1;
}

QString topFive(const ImageAnalysis &analysis)
{
    QStringList parts;
    const auto &catalogue = conditionCatalogue();
    for (int i = 0; i < std::min<qsizetype>(5, analysis.differential.size()); ++i) {
        const auto &entry = analysis.differential[i];
        parts << QStringLiteral("%1 %2 %3")
                     .arg(catalogue[entry.conditionIndex].icd11,
                          catalogue[entry.conditionIndex].text)
                     .arg(entry.probability, 0, 'f', 1);
    }
    return parts.join(QStringLiteral(" | "));
}

/// The structural promises every result keeps, valid or not.
void verifyDistribution(const QVector<ConditionProbability> &differential)
{
    const auto &catalogue = conditionCatalogue();
    QCOMPARE(differential.size(), catalogue.size());
    double sum = 0;
    QSet<int> seen;
    for (int i = 0; i < differential.size(); ++i) {
        const auto &entry = differential[i];
        QVERIFY(entry.conditionIndex >= 0 && entry.conditionIndex < catalogue.size());
        QVERIFY(!seen.contains(entry.conditionIndex));
        seen.insert(entry.conditionIndex);
        QVERIFY(entry.probability > 0 && entry.probability <= 100);
        if (i > 0)
            QVERIFY(differential[i - 1].probability >= entry.probability);
        sum += entry.probability;
    }
    QVERIFY2(std::abs(sum - 100.0) <= 1e-6, qPrintable(QString::number(sum, 'g', 17)));
}

void verifyIndicators(const ImageAnalysis &a)
{
    const auto &catalogue = conditionCatalogue();
    double pigmented = 0, malignant = 0, urgent = 0, high = 0, entropy = 0;
    for (const auto &entry : a.differential) {
        const Condition &c = catalogue[entry.conditionIndex];
        pigmented += c.pigmented ? entry.probability : 0;
        malignant += c.malignant ? entry.probability : 0;
        urgent += c.urgent ? entry.probability : 0;
        high += (c.highPriority || c.urgent) ? entry.probability : 0;
        const double p = entry.probability / 100.0;
        entropy -= p * std::log(p);
    }
    entropy = 100.0 * entropy / std::log(static_cast<double>(a.differential.size()));
    QVERIFY(std::abs(a.pigmentedLesion - pigmented) < 1e-9);
    QVERIFY(std::abs(a.malignancy - malignant) < 1e-9);
    QVERIFY(std::abs(a.urgentReferral - urgent) < 1e-9);
    QVERIFY(std::abs(a.highPriorityReferral - high) < 1e-9);
    QVERIFY(a.highPriorityReferral >= a.urgentReferral);
    QVERIFY(std::abs(a.entropy - entropy) < 1e-6);
    QVERIFY(a.entropy > 0 && a.entropy <= 100);
    QVERIFY(a.hasCondition >= 0 && a.hasCondition <= 100);
}

bool identical(const ImageAnalysis &a, const ImageAnalysis &b)
{
    if (a.width != b.width || a.height != b.height || a.isValid != b.isValid ||
        a.quality.score != b.quality.score || a.quality.sharpness != b.quality.sharpness ||
        a.domain.confidence != b.domain.confidence || a.domain.modality != b.domain.modality ||
        a.features.values != b.features.values || a.hasCondition != b.hasCondition ||
        a.entropy != b.entropy || a.differential.size() != b.differential.size() ||
        a.heatMaps.size() != b.heatMaps.size())
        return false;
    for (int i = 0; i < a.differential.size(); ++i) {
        if (a.differential[i].conditionIndex != b.differential[i].conditionIndex ||
            a.differential[i].probability != b.differential[i].probability)
            return false;
    }
    for (int i = 0; i < a.heatMaps.size(); ++i) {
        if (a.heatMaps[i].jpeg != b.heatMaps[i].jpeg ||
            a.heatMaps[i].width != b.heatMaps[i].width ||
            a.heatMaps[i].height != b.heatMaps[i].height)
            return false;
    }
    return true;
}

/// A PNG whose IHDR claims the given size, with no image data after it.
QByteArray pngHeader(quint32 width, quint32 height)
{
    QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr(25, '\0');
    qToBigEndian<quint32>(13, ihdr.data());
    std::memcpy(ihdr.data() + 4, "IHDR", 4);
    qToBigEndian<quint32>(width, ihdr.data() + 8);
    qToBigEndian<quint32>(height, ihdr.data() + 12);
    ihdr[16] = 8; // bit depth
    ihdr[17] = 2; // colour type RGB
    return bytes + ihdr;
}

/// A baseline JPEG start: SOI and a SOF0 frame header claiming the given size.
QByteArray jpegHeader(quint16 width, quint16 height)
{
    QByteArray bytes("\xFF\xD8\xFF\xC0\x00\x11\x08", 7);
    QByteArray size(4, '\0');
    qToBigEndian<quint16>(height, size.data());
    qToBigEndian<quint16>(width, size.data() + 2);
    bytes += size;
    bytes += QByteArray("\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01", 10);
    return bytes;
}

/// A synthetic dermoscope field: textured skin-coloured disc with a brown lesion, black
/// outside. With `fullFrame` the skin fills the whole frame (an ordinary close-up).
QByteArray syntheticField(bool fullFrame)
{
    cv::Mat image(600, 600, CV_8UC3, cv::Scalar(0, 0, 0));
    cv::Mat skin(image.size(), CV_8UC3, cv::Scalar(150, 170, 220));
    cv::Mat noise(image.size(), CV_8UC3);
    cv::RNG rng(12345);
    rng.fill(noise, cv::RNG::NORMAL, cv::Scalar::all(0), cv::Scalar::all(8));
    skin += noise;
    cv::circle(skin, {300, 300}, 60, cv::Scalar(50, 80, 130), cv::FILLED);
    cv::GaussianBlur(skin, skin, cv::Size(), 0.8);
    if (fullFrame) {
        skin.copyTo(image);
    } else {
        cv::Mat mask = cv::Mat::zeros(image.size(), CV_8U);
        cv::circle(mask, {300, 300}, 285, cv::Scalar(255), cv::FILLED);
        skin.copyTo(image, mask);
    }
    return encode(image, ".png");
}

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void catalogue();
    void skippingHeatMapsChangesNothingElse();
    void photos_data();
    void photos();
    void qualityDropsWhenDegraded_data();
    void qualityDropsWhenDegraded();
    void expectedConclusions();
    void nevusHeatMapFollowsTheLesion();
    void heatMapsAreColourJpegs();
    void deterministic();
    void dermoscopicField();
    void hostileInput_data();
    void hostileInput();
    void sizeLimits();
    void truncatedFilesAreRefused_data();
    void truncatedFilesAreRefused();
    void bytesAfterTheEndAreTolerated();
    void combineAggregates();

private:
    QHash<QString, QByteArray> m_bytes;
    QHash<QString, ImageAnalysis> m_results;
};

void TestAnalysis::initTestCase()
{
    const QDir dir(QStringLiteral(DV_SHARED_IMAGES));
    QVERIFY2(dir.exists(), qPrintable("shared images missing: " + dir.absolutePath()));
    for (const QString &name : photoNames()) {
        QFile file(imagePath(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable("cannot read " + file.fileName()));
        m_bytes.insert(name, file.readAll());
        auto outcome = analyzeImage(m_bytes.value(name));
        if (auto *failure = std::get_if<AnalysisError>(&outcome))
            QFAIL(qPrintable(name + ": " + failure->message));
        m_results.insert(name, std::get<ImageAnalysis>(outcome));
    }
}

void TestAnalysis::skippingHeatMapsChangesNothingElse()
{
    const QByteArray bytes = m_bytes.value(QStringLiteral("psoriasis_01.jpg"));
    const auto full = analyzeImage(bytes);
    const auto lean = analyzeImage(bytes, HeatMaps::Skip);
    QVERIFY(std::holds_alternative<ImageAnalysis>(full));
    QVERIFY(std::holds_alternative<ImageAnalysis>(lean));
    const ImageAnalysis &a = std::get<ImageAnalysis>(full);
    const ImageAnalysis &b = std::get<ImageAnalysis>(lean);
    QCOMPARE(a.heatMaps.size(), 5);
    QVERIFY(b.heatMaps.isEmpty());
    QCOMPARE(b.isValid, a.isValid);
    QCOMPARE(b.quality.score, a.quality.score);
    QCOMPARE(b.domain.modality, a.domain.modality);
    QCOMPARE(b.domain.confidence, a.domain.confidence);
    QCOMPARE(b.differential.size(), a.differential.size());
    for (qsizetype i = 0; i < a.differential.size(); ++i) {
        QCOMPARE(b.differential.at(i).conditionIndex, a.differential.at(i).conditionIndex);
        QCOMPARE(b.differential.at(i).probability, a.differential.at(i).probability);
    }
}

void TestAnalysis::catalogue()
{
    const auto &list = conditionCatalogue();
    QVERIFY(list.size() >= 60);
    QSet<QString> codes;
    int pigmented = 0, malignant = 0, urgent = 0;
    for (const Condition &c : list) {
        QVERIFY2(!codes.contains(c.icd11), qPrintable("duplicate " + c.icd11));
        codes.insert(c.icd11);
        QVERIFY(!c.display.isEmpty() && !c.text.isEmpty());
        pigmented += c.pigmented;
        malignant += c.malignant;
        urgent += c.urgent;
        double weights = 0;
        for (std::size_t i = 0; i < kFeatureCount; ++i) {
            QVERIFY(c.profile.weight[i] >= 0 && std::isfinite(c.profile.target[i]));
            weights += c.profile.weight[i];
        }
        QVERIFY(weights > 0);
    }
    QVERIFY(pigmented >= 8);
    QVERIFY(malignant >= 5);
    QVERIFY(urgent >= 1);
    for (const char *code : {"EA90", "ED80.Z", "ED63.0", "2F20.0", "2C30", "EB05", "EH90"})
        QVERIFY2(codes.contains(QString::fromLatin1(code)), code);
}

void TestAnalysis::photos_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : photoNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestAnalysis::photos()
{
    QFETCH(QString, name);
    const ImageAnalysis &a = m_results[name];
    const bool skin = name != "invalid.png";

    const cv::Mat source = decode(m_bytes[name]);
    QCOMPARE(a.width, source.cols);
    QCOMPARE(a.height, source.rows);

    QVERIFY(a.quality.score >= 0 && a.quality.score <= 100);
    QCOMPARE(a.quality.interpretation, qualityInterpretation(a.quality.score));
    QCOMPARE(a.quality.acceptable, a.quality.score >= kAcceptableQualityScore);
    for (double component :
         {a.quality.sharpness, a.quality.exposure, a.quality.contrast, a.quality.resolution})
        QVERIFY(component >= 0 && component <= 1);
    if (skin)
        QVERIFY2(a.quality.acceptable, qPrintable(QString::number(a.quality.score)));

    QCOMPARE(a.domain.dermatological, skin);
    QCOMPARE(a.domain.modality, skin ? QStringLiteral("Clinical") : QStringLiteral("None"));
    QVERIFY(skin ? a.domain.confidence > 90 : a.domain.confidence < 10);
    QVERIFY(a.domain.clinicalConfidence >= 0 && a.domain.dermoscopicConfidence >= 0);
    QCOMPARE(a.isValid, skin);

    verifyDistribution(a.differential);
    verifyIndicators(a);

    QCOMPARE(a.heatMaps.size(), qsizetype(skin ? 5 : 0));
    for (const HeatMap &map : a.heatMaps) {
        const cv::Mat decoded = decode(map.jpeg, cv::IMREAD_UNCHANGED);
        QVERIFY(!decoded.empty());
        QCOMPARE(decoded.channels(), 3);
        QCOMPARE(decoded.cols, map.width);
        QCOMPARE(decoded.rows, map.height);
        // Every photo here is under the heat-map cap, so maps cover it at its own size.
        QCOMPARE(map.width, a.width);
        QCOMPARE(map.height, a.height);
    }
    qInfo("%s: quality %d, %s, top: %s, pigmented %.1f", qPrintable(name), a.quality.score,
          qPrintable(a.domain.modality), qPrintable(topFive(a)), a.pigmentedLesion);
}

void TestAnalysis::qualityDropsWhenDegraded_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : photoNames()) {
        if (name != "invalid.png")
            QTest::newRow(qPrintable(name)) << name;
    }
}

void TestAnalysis::qualityDropsWhenDegraded()
{
    QFETCH(QString, name);
    const int original = m_results[name].quality.score;
    const cv::Mat source = decode(m_bytes[name]);
    cv::Mat blurred, darkened;
    cv::GaussianBlur(source, blurred, cv::Size(), 8.0);
    source.convertTo(darkened, -1, 0.12);
    for (const auto &[label, image] :
         {std::pair{"blurred", blurred}, std::pair{"darkened", darkened}}) {
        auto outcome = analyzeImage(encode(image, ".jpg"));
        QVERIFY(std::holds_alternative<ImageAnalysis>(outcome));
        const int degraded = std::get<ImageAnalysis>(outcome).quality.score;
        QVERIFY2(degraded <= original - 20, qPrintable(QStringLiteral("%1: original %2, %3 %4")
                                                           .arg(name)
                                                           .arg(original)
                                                           .arg(QLatin1String(label))
                                                           .arg(degraded)));
    }
}

void TestAnalysis::expectedConclusions()
{
    for (const char *name : {"psoriasis_01.jpg", "psoriasis_02.jpg", "psoriasis_03.jpg"}) {
        const ImageAnalysis &a = m_results[QString::fromLatin1(name)];
        const int rank = rankOf(a, "EA90");
        QVERIFY2(rank >= 1 && rank <= 3, qPrintable(QString::fromLatin1(name) + ": " + topFive(a)));
    }
    const int vitiligo = rankOf(m_results["vitiligo.jpg"], "ED63.0");
    QVERIFY2(vitiligo >= 1 && vitiligo <= 3, qPrintable(topFive(m_results["vitiligo.jpg"])));
    const int acne = rankOf(m_results["acne.jpg"], "ED80.Z");
    QVERIFY2(acne >= 1 && acne <= 5, qPrintable(topFive(m_results["acne.jpg"])));

    QVERIFY(m_results["nevus.jpg"].pigmentedLesion > m_results["psoriasis_01.jpg"].pigmentedLesion);
    const Condition &nevusTop =
        conditionCatalogue()[m_results["nevus.jpg"].differential.first().conditionIndex];
    QVERIFY2(nevusTop.pigmented, qPrintable(nevusTop.icd11));
}

void TestAnalysis::nevusHeatMapFollowsTheLesion()
{
    const ImageAnalysis &a = m_results["nevus.jpg"];
    QVERIFY(!a.heatMaps.isEmpty());
    const cv::Mat grey = decode(m_bytes["nevus.jpg"], cv::IMREAD_GRAYSCALE);
    // The mole: the largest blob of pixels darker than 75 % of the local mean brightness (the
    // photo is lit unevenly), thin hairs removed by an opening.
    cv::Mat greyF, local;
    grey.convertTo(greyF, CV_32F);
    cv::GaussianBlur(greyF, local, cv::Size(), grey.cols / 8.0);
    cv::Mat dark = greyF < 0.75 * local;
    cv::morphologyEx(dark, dark, cv::MORPH_OPEN,
                     cv::getStructuringElement(cv::MORPH_ELLIPSE, {9, 9}));
    cv::Mat labels, stats, centroids;
    const int blobs = cv::connectedComponentsWithStats(dark, labels, stats, centroids);
    int largest = 0;
    for (int i = 1; i < blobs; ++i) {
        if (largest == 0 ||
            stats.at<int>(i, cv::CC_STAT_AREA) > stats.at<int>(largest, cv::CC_STAT_AREA))
            largest = i;
    }
    QVERIFY(largest > 0);
    const cv::Mat lesion = labels == largest;
    QVERIFY(cv::countNonZero(lesion) > 5000);

    const cv::Mat heat = decode(a.heatMaps.first().jpeg);
    QCOMPARE(heat.size(), grey.size());
    cv::Mat hot; // JET: red minus blue rises from cold to hot
    std::vector<cv::Mat> channels;
    cv::split(heat, channels);
    cv::subtract(channels[2], channels[0], hot, cv::noArray(), CV_32F);
    const double inside = cv::mean(hot, lesion)[0];
    const double outside = cv::mean(hot, lesion == 0)[0];
    QVERIFY2(inside > outside + 50,
             qPrintable(QStringLiteral("%1 vs %2").arg(inside).arg(outside)));
}

void TestAnalysis::heatMapsAreColourJpegs()
{
    // Decoded by Qt's own JPEG reader (not OpenCV's), the hottest area must look red.
    const ImageAnalysis &a = m_results["nevus.jpg"];
    QImage image = QImage::fromData(a.heatMaps.first().jpeg, "JPEG");
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), a.width);
    QVERIFY(!image.isGrayscale());
    image = image.convertToFormat(QImage::Format_RGB32);
    int hottest = -1000;
    QColor hottestColour;
    for (int y = 0; y < image.height(); y += 4) {
        const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 4) {
            const int hot = qRed(row[x]) - qBlue(row[x]);
            if (hot > hottest) {
                hottest = hot;
                hottestColour = QColor(row[x]);
            }
        }
    }
    QVERIFY2(hottestColour.red() > 200 && hottestColour.blue() < 60,
             qPrintable(hottestColour.name()));
}

void TestAnalysis::deterministic()
{
    for (const char *name : {"nevus.jpg", "psoriasis_02.jpg", "invalid.png"}) {
        auto again = analyzeImage(m_bytes[QString::fromLatin1(name)]);
        QVERIFY(std::holds_alternative<ImageAnalysis>(again));
        QVERIFY2(identical(std::get<ImageAnalysis>(again), m_results[QString::fromLatin1(name)]),
                 name);
    }
}

void TestAnalysis::dermoscopicField()
{
    auto field = analyzeImage(syntheticField(false));
    QVERIFY(std::holds_alternative<ImageAnalysis>(field));
    const ImageAnalysis &a = std::get<ImageAnalysis>(field);
    QVERIFY(a.domain.dermatological);
    QCOMPARE(a.domain.modality, QStringLiteral("Dermoscopic"));
    QVERIFY(a.domain.dermoscopicConfidence > a.domain.clinicalConfidence);

    auto closeUp = analyzeImage(syntheticField(true));
    QVERIFY(std::holds_alternative<ImageAnalysis>(closeUp));
    QCOMPARE(std::get<ImageAnalysis>(closeUp).domain.modality, QStringLiteral("Clinical"));
}

void TestAnalysis::hostileInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("mustFail");

    QRandomGenerator random(20240601);
    QByteArray noise(64 * 1024, '\0');
    for (char &c : noise)
        c = static_cast<char>(random.bounded(256));
    const QByteArray jpeg = m_bytes["acne.jpg"];

    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("text") << QByteArray("not an image at all") << true;
    QTest::newRow("random bytes") << noise << true;
    QTest::newRow("JPEG magic then noise") << QByteArray("\xFF\xD8\xFF", 3) + noise << true;
    QTest::newRow("PNG magic then noise") << QByteArray("\x89PNG\r\n\x1a\n", 8) + noise << true;
    QTest::newRow("truncated JPEG") << jpeg.left(jpeg.size() * 2 / 5) << true;
    QTest::newRow("JPEG header only") << jpeg.left(600) << false;
    QTest::newRow("1x1 PNG") << encode(cv::Mat(1, 1, CV_8UC3, cv::Scalar(1, 2, 3)), ".png") << true;
    QTest::newRow("PNG claiming 60000x60000") << pngHeader(60000, 60000) << true;
    QTest::newRow("PNG claiming 4294967295x1") << pngHeader(0xFFFFFFFFU, 1) << true;
    QTest::newRow("JPEG claiming 65000x65000") << jpegHeader(65000, 65000) << true;
    QTest::newRow("JPEG claiming 0x0") << jpegHeader(0, 0) << true;
    QTest::newRow("BMP claiming 2^31 wide")
        << QByteArray("BM\0\0\0\0\0\0\0\0\x36\0\0\0\x28\0\0\0\xff\xff\xff\x7f\x10\0\0\0", 26)
        << true;
    QTest::newRow("TIFF with a looping IFD")
        << QByteArray("II*\0\x08\0\0\0\xff\xff", 10) + noise.left(64) << true;
    QTest::newRow("16-bit grey PNG")
        << encode(cv::Mat(64, 64, CV_16UC1, cv::Scalar(30000)), ".png") << false;
}

void TestAnalysis::hostileInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, mustFail);
    const auto outcome = analyzeImage(bytes);
    if (mustFail) {
        QVERIFY(std::holds_alternative<AnalysisError>(outcome));
        QVERIFY(!std::get<AnalysisError>(outcome).message.isEmpty());
    } else if (const auto *a = std::get_if<ImageAnalysis>(&outcome)) {
        verifyDistribution(a->differential);
        QVERIFY(a->width >= 32 && a->height >= 32);
    }
}

void TestAnalysis::sizeLimits()
{
    const cv::Mat grey(500, 31, CV_8UC3, cv::Scalar(120, 140, 190));
    QVERIFY(std::holds_alternative<AnalysisError>(analyzeImage(encode(grey, ".png"))));
    const cv::Mat small(32, 32, CV_8UC3, cv::Scalar(120, 140, 190));
    auto smallest = analyzeImage(encode(small, ".png"));
    QVERIFY(std::holds_alternative<ImageAnalysis>(smallest));
    QCOMPARE(std::get<ImageAnalysis>(smallest).width, 32);
    const auto strip =
        analyzeImage(encode(cv::Mat(40, 401, CV_8UC3, cv::Scalar(120, 140, 190)), ".png"));
    QVERIFY(std::holds_alternative<AnalysisError>(strip));
    QVERIFY(std::get<AnalysisError>(strip).message.contains("elongated"));
    QVERIFY(
        std::holds_alternative<AnalysisError>(analyzeImage(pngHeader(0xFFFFFFFFU, 0xFFFFFFFFU))));
    const auto tooLarge = analyzeImage(pngHeader(10001, 10000)); // 100.01 MP
    QVERIFY(std::holds_alternative<AnalysisError>(tooLarge));
    QVERIFY(std::get<AnalysisError>(tooLarge).message.contains("too large"));
}

void TestAnalysis::truncatedFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray jpeg = m_bytes["acne.jpg"];
    const QByteArray png = encode(cv::Mat(64, 64, CV_8UC3, cv::Scalar(90, 120, 200)), ".png");
    const QByteArray webp = encode(cv::Mat(64, 64, CV_8UC3, cv::Scalar(90, 120, 200)), ".webp");
    QTest::newRow("JPEG cut mid-scan") << jpeg.left(jpeg.size() - 4096);
    QTest::newRow("JPEG without its last byte") << jpeg.left(jpeg.size() - 1);
    QTest::newRow("PNG without IEND") << png.left(png.size() - 12);
    QTest::newRow("PNG cut mid-IDAT") << png.left(png.size() / 2);
    QTest::newRow("WebP shorter than its RIFF size") << webp.left(webp.size() - 10);
    // Found by fuzz_image_analysis: a 470-byte PNG whose tEXt chunk declares ~2 GB. libpng
    // cleared the declared size before failing, ~1.3 s per call and far more under ASan.
    QFile fuzzed(QStringLiteral(DV_FUZZ_REGRESSIONS) +
                 QStringLiteral("/png-truncated-text-chunk-of-2gb.png"));
    QVERIFY(fuzzed.open(QIODevice::ReadOnly));
    QTest::newRow("PNG with a chunk longer than the file") << fuzzed.readAll();
}

void TestAnalysis::truncatedFilesAreRefused()
{
    QFETCH(QByteArray, bytes);
    const auto outcome = analyzeImage(bytes);
    QVERIFY(std::holds_alternative<AnalysisError>(outcome));
    QVERIFY2(std::get<AnalysisError>(outcome).message.contains("truncated"),
             qPrintable(std::get<AnalysisError>(outcome).message));
}

void TestAnalysis::bytesAfterTheEndAreTolerated()
{
    // Some cameras and editors append data after the end marker; the image itself is whole.
    const QByteArray trailer(300, '\x5A');
    QVERIFY(std::holds_alternative<ImageAnalysis>(analyzeImage(m_bytes["acne.jpg"] + trailer)));
    const QByteArray png = encode(cv::Mat(64, 64, CV_8UC3, cv::Scalar(90, 120, 200)), ".png");
    QVERIFY(std::holds_alternative<ImageAnalysis>(analyzeImage(png + trailer)));
}

void TestAnalysis::combineAggregates()
{
    const QVector<ImageAnalysis> psoriasis{m_results["psoriasis_01.jpg"],
                                           m_results["psoriasis_02.jpg"],
                                           m_results["psoriasis_03.jpg"]};
    const CombinedAnalysis combined = combine(psoriasis);
    verifyDistribution(combined.differential);
    QCOMPARE(conditionCatalogue()[combined.differential.first().conditionIndex].icd11,
             QStringLiteral("EA90"));
    // The mean of the three distributions, renormalised.
    const auto &catalogue = conditionCatalogue();
    for (const auto &entry : combined.differential) {
        double mean = 0;
        for (const ImageAnalysis &a : psoriasis) {
            for (const auto &e : a.differential)
                mean += e.conditionIndex == entry.conditionIndex ? e.probability / 3.0 : 0.0;
        }
        QVERIFY(std::abs(mean - entry.probability) < 1e-6);
    }
    double pigmented = 0;
    for (const auto &entry : combined.differential)
        pigmented += catalogue[entry.conditionIndex].pigmented ? entry.probability : 0;
    QVERIFY(std::abs(combined.pigmentedLesion - pigmented) < 1e-9);
    QVERIFY(combined.entropy > 0 && combined.entropy <= 100);
    QVERIFY(combined.sensitivity >= 55 && combined.sensitivity <= 95);
    QVERIFY(combined.specificity >= 90 && combined.specificity <= 99.5);

    const CombinedAnalysis single = combine({m_results["nevus.jpg"]});
    for (int i = 0; i < single.differential.size(); ++i) {
        QCOMPARE(single.differential[i].conditionIndex,
                 m_results["nevus.jpg"].differential[i].conditionIndex);
        QVERIFY(std::abs(single.differential[i].probability -
                         m_results["nevus.jpg"].differential[i].probability) < 1e-9);
    }
    QVERIFY(combine({}).differential.isEmpty());
}

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
