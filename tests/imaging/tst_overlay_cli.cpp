// dermaview-cli overlay, run as the built executable on the seed diagnosis-support response.
#include "Fixtures.h"
#include "SyntheticImages.h"
#include "imaging/ImageLoader.h"
#include "imaging/MatConversion.h"
#include "imaging/OverlayCompositor.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonValue>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using dv::test::encode;
using dv::test::fixtureJson;
using dv::test::setAt;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(DV_CLI), QStringList{QStringLiteral("overlay")} + arguments);
    if (!process.waitForFinished(60000))
        qFatal("dermaview-cli did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

const QString kSeedResponse = QStringLiteral(DV_FIXTURES "/seed/diagnosis-support.json");
const QString kHeatMapPath =
    QStringLiteral("imagingAnalysis[0].conclusion[0].explainability.heatMap.data");

} // namespace

class TestOverlayCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedResponseOnRealPhoto();
    void blendMatchesTheEngine();
    void invalidImageRefused();
    void qaRevealsWithWatermark();
    void heatMapFileOfOtherAspect();
    void exifRotatedPhotoKeepsUprightSize();
    void badInput_data();
    void badInput();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QString responseWith(const QString &name, const QString &path, const QJsonValue &value);
    QTemporaryDir m_dir;
    QString m_photo; ///< 120x90 synthetic PNG
};

QString TestOverlayCli::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString TestOverlayCli::responseWith(const QString &name, const QString &path,
                                     const QJsonValue &value)
{
    QJsonValue response = fixtureJson(QStringLiteral("seed/diagnosis-support.json"));
    setAt(response, path, value);
    return write(name, dv::test::toBytes(response));
}

void TestOverlayCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_photo = write(QStringLiteral("photo.png"), encode(dv::test::syntheticPhoto(120, 90), ".png"));
}

void TestOverlayCli::seedResponseOnRealPhoto()
{
    const QString photo = QStringLiteral(DV_SHARED_IMAGES "/eczema.jpg");
    QVERIFY2(QFile::exists(photo), qPrintable(photo)); // fail, never skip
    const QString output = m_dir.filePath(QStringLiteral("seed.png"));
    for (const char *mode : {"blend", "attention", "contour"}) {
        const Run run =
            runCli({QStringLiteral("--image"), photo, QStringLiteral("--response"), kSeedResponse,
                    QStringLiteral("--image-index"), QStringLiteral("0"), QStringLiteral("--rank"),
                    QStringLiteral("1"), QStringLiteral("--mode"), QLatin1String(mode),
                    QStringLiteral("-o"), output});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("Preliminary")));
        // The seed's heat map is 284x238, the photo 3:2: said, and stretched.
        QVERIFY(run.err.contains(QLatin1String("differ in shape")));
        QVERIFY(!run.err.contains(QLatin1String("NOT FOR CLINICAL USE")));
        QImageReader reader(output);
        QCOMPARE(reader.size(), QImageReader(photo).size());
        QVERIFY(
            reader.text(QStringLiteral("Description")).startsWith(QLatin1String("Preliminary")));
        QCOMPARE(reader.text(QStringLiteral("Report")),
                 QStringLiteral("f426f15d-fcea-4bd0-942e-7528bf163c5d"));
        QVERIFY(reader.text(QStringLiteral("Conclusion")).startsWith(QLatin1String("EA89")));
    }
}

void TestOverlayCli::blendMatchesTheEngine()
{
    // A synthetic heat map (60x45 PNG, the photo's aspect) in the seed response.
    const cv::Mat heat = dv::test::jetHeatMap(dv::test::syntheticAttention(60, 45));
    const QString response = responseWith(QStringLiteral("blend.json"), kHeatMapPath,
                                          QString::fromLatin1(encode(heat, ".png").toBase64()));
    const QString output = m_dir.filePath(QStringLiteral("blend.png"));
    const Run run =
        runCli({QStringLiteral("--image"), m_photo, QStringLiteral("--response"), response,
                QStringLiteral("--image-index"), QStringLiteral("0"), QStringLiteral("--rank"),
                QStringLiteral("1"), QStringLiteral("--opacity"), QStringLiteral("0.3"),
                QStringLiteral("-o"), output});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!run.err.contains(QLatin1String("differ in shape")));
    const cv::Mat written = dv::imaging::toMat(QImage(output));
    const cv::Mat photo = dv::test::syntheticPhoto(120, 90);
    cv::Mat stretched;
    cv::resize(heat, stretched, photo.size(), 0, 0, cv::INTER_LINEAR);
    QCOMPARE(written.size(), photo.size());
    for (int y = 0; y < photo.rows; ++y) {
        for (int x = 0; x < photo.cols; ++x) {
            for (int c = 0; c < 3; ++c) {
                const double expected =
                    0.7 * photo.at<cv::Vec3b>(y, x)[c] + 0.3 * stretched.at<cv::Vec3b>(y, x)[c];
                QVERIFY(std::abs(written.at<cv::Vec3b>(y, x)[c] - expected) <= 0.5 + 1e-3);
            }
        }
    }
}

void TestOverlayCli::invalidImageRefused()
{
    const QString response =
        responseWith(QStringLiteral("invalid.json"),
                     QStringLiteral("imagingAnalysis[0].mediaValidity.isValid"), false);
    const QString output = m_dir.filePath(QStringLiteral("refused.png"));
    const Run run =
        runCli({QStringLiteral("--image"), m_photo, QStringLiteral("--response"), response,
                QStringLiteral("--image-index"), QStringLiteral("0"), QStringLiteral("--rank"),
                QStringLiteral("1"), QStringLiteral("-o"), output});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QLatin1String("not valid for clinical use")), qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("--qa")));
    QVERIFY(!QFile::exists(output));

    // Missing isValid is not valid either (fail closed).
    const QString missing = responseWith(QStringLiteral("missing.json"),
                                         QStringLiteral("imagingAnalysis[0].mediaValidity.isValid"),
                                         QJsonValue(QJsonValue::Undefined));
    QCOMPARE(runCli({QStringLiteral("--image"), m_photo, QStringLiteral("--response"), missing,
                     QStringLiteral("--image-index"), QStringLiteral("0"), QStringLiteral("--rank"),
                     QStringLiteral("1"), QStringLiteral("-o"), output})
                 .exitCode,
             3);
    QVERIFY(!QFile::exists(output));
}

void TestOverlayCli::qaRevealsWithWatermark()
{
    const QString response =
        responseWith(QStringLiteral("invalid-qa.json"),
                     QStringLiteral("imagingAnalysis[0].mediaValidity.isValid"), false);
    const QString output = m_dir.filePath(QStringLiteral("qa.png"));
    const Run run =
        runCli({QStringLiteral("--image"), m_photo, QStringLiteral("--response"), response,
                QStringLiteral("--image-index"), QStringLiteral("0"), QStringLiteral("--rank"),
                QStringLiteral("1"), QStringLiteral("--qa"), QStringLiteral("-o"), output});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("NOT FOR CLINICAL USE")));
    QImageReader reader(output);
    QCOMPARE(reader.text(QStringLiteral("Warning")), QStringLiteral("NOT FOR CLINICAL USE"));
    const QImage image = reader.read();
    QCOMPARE(image.size(), QSize(120, 90));
    // The red banner across the top is in the pixels themselves.
    QCOMPARE(image.pixelColor(1, 1), QColor(200, 0, 0));
    QCOMPARE(image.pixelColor(118, 1), QColor(200, 0, 0));
}

void TestOverlayCli::heatMapFileOfOtherAspect()
{
    const QString heat =
        write(QStringLiteral("square.jpg"),
              encode(dv::test::jetHeatMap(dv::test::syntheticAttention(64, 64)), ".jpg"));
    const QString output = m_dir.filePath(QStringLiteral("square-out.png"));
    const Run run =
        runCli({QStringLiteral("--image"), m_photo, QStringLiteral("--heatmap"), heat,
                QStringLiteral("--mode"), QStringLiteral("attention"), QStringLiteral("--colormap"),
                QStringLiteral("cividis"), QStringLiteral("--threshold"), QStringLiteral("0.3"),
                QStringLiteral("-o"), output});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("differ in shape")));
    QCOMPARE(QImageReader(output).size(), QSize(120, 90));
}

void TestOverlayCli::exifRotatedPhotoKeepsUprightSize()
{
    const QByteArray stored = encode(dv::test::quadrants(48, 96), ".jpg"); // stored portrait
    const QString photo = write(QStringLiteral("rotated.jpg"), dv::test::withMetadata(stored, 6));
    const QString heat =
        write(QStringLiteral("heat.png"),
              encode(dv::test::jetHeatMap(dv::test::syntheticAttention(96, 48)), ".png"));
    const QString output = m_dir.filePath(QStringLiteral("rotated-out.png"));
    const Run run = runCli({QStringLiteral("--image"), photo, QStringLiteral("--heatmap"), heat,
                            QStringLiteral("-o"), output});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!run.err.contains(QLatin1String("differ in shape")));
    QCOMPARE(QImageReader(output).size(), QSize(96, 48)); // upright
}

void TestOverlayCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("-o"), png = QStringLiteral("/nonexistent-dir/x.png");
    const QStringList base{QStringLiteral("--image"),       QStringLiteral("PHOTO"),
                           QStringLiteral("--response"),    kSeedResponse,
                           QStringLiteral("--image-index"), QStringLiteral("0")};
    QTest::newRow("no output") << (base +
                                   QStringList{QStringLiteral("--rank"), QStringLiteral("1")})
                               << 2 << "Usage";
    QTest::newRow("no rank") << (base + QStringList{out, png}) << 2 << "Usage";
    QTest::newRow("both sources") << (base + QStringList{QStringLiteral("--rank"),
                                                         QStringLiteral("1"),
                                                         QStringLiteral("--heatmap"), kSeedResponse,
                                                         out, png})
                                  << 2 << "Usage";
    QTest::newRow("bad mode") << (base + QStringList{QStringLiteral("--rank"), QStringLiteral("1"),
                                                     QStringLiteral("--mode"), QStringLiteral("x"),
                                                     out, png})
                              << 2 << "Unknown mode";
    QTest::newRow("opacity 2") << (base + QStringList{QStringLiteral("--rank"), QStringLiteral("1"),
                                                      QStringLiteral("--opacity"),
                                                      QStringLiteral("2"), out, png})
                               << 2 << "from 0 to 1";
    QTest::newRow("rank 0") << (base + QStringList{QStringLiteral("--rank"), QStringLiteral("0"),
                                                   out, png})
                            << 3 << "no rank 0";
    QTest::newRow("image 5") << QStringList{QStringLiteral("--image"),
                                            QStringLiteral("PHOTO"),
                                            QStringLiteral("--response"),
                                            kSeedResponse,
                                            QStringLiteral("--image-index"),
                                            QStringLiteral("5"),
                                            QStringLiteral("--rank"),
                                            QStringLiteral("1"),
                                            out,
                                            png}
                             << 3 << "no image 5";
    QTest::newRow("not a diagnosis") << QStringList{QStringLiteral("--image"),
                                                    QStringLiteral("PHOTO"),
                                                    QStringLiteral("--response"),
                                                    QStringLiteral(DV_FIXTURES "/seed/login.json"),
                                                    QStringLiteral("--image-index"),
                                                    QStringLiteral("0"),
                                                    QStringLiteral("--rank"),
                                                    QStringLiteral("1"),
                                                    out,
                                                    png}
                                     << 3 << "carries no heat maps";
    QTest::newRow("photo missing") << QStringList{QStringLiteral("--image"),
                                                  QStringLiteral("/nonexistent.jpg"),
                                                  QStringLiteral("--heatmap"),
                                                  QStringLiteral("PHOTO"),
                                                  out,
                                                  png}
                                   << 3 << "does not exist";
    QTest::newRow("heat map not an image") << QStringList{QStringLiteral("--image"),
                                                          QStringLiteral("PHOTO"),
                                                          QStringLiteral("--heatmap"),
                                                          kSeedResponse,
                                                          out,
                                                          png}
                                           << 3 << "Unsupported or damaged";
    QTest::newRow("unwritable output") << QStringList{QStringLiteral("--image"),
                                                      QStringLiteral("PHOTO"),
                                                      QStringLiteral("--heatmap"),
                                                      QStringLiteral("PHOTO"),
                                                      out,
                                                      png}
                                       << 3 << "cannot save";
}

void TestOverlayCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("PHOTO"), m_photo);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_MAIN(TestOverlayCli)
#include "tst_overlay_cli.moc"
