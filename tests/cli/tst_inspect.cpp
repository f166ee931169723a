#include "Fixtures.h"
#include "ProcessRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using dv::test::diagnosisWithImages;
using dv::test::fixtureJson;
using dv::test::setAt;
using dv::test::toBytes;

namespace {

using Run = dv::test::ProcessRun;

Run runCli(const QStringList &arguments)
{
    return dv::test::runProcess(QStringLiteral(DV_CLI), arguments, 30000);
}

QString fixturePath(const QString &relative)
{
    return QStringLiteral(DV_FIXTURES) + QLatin1Char('/') + relative;
}

} // namespace

class TestInspect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedTopFive_data();
    void seedTopFive();
    void jsonSchema();
    void usageErrors_data();
    void usageErrors();
    void unreadableFile();
    void wrongTypeNamesFileAndPath();
    void malformedJson();
    void unrecognisedShape();
    void withheldAbsentUnlessQa();
    void loginTokenNeverPrinted();
    void languageOption();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

void TestInspect::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestInspect::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestInspect::seedTopFive_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("diagnosis") << "seed/diagnosis-support.json"
                               << "diagnosis-support" << QStringList{"EA89", "1F28"};
    QTest::newRow("standard") << "seed/report-standard.json"
                              << "report-standard" << QStringList{"ED80", "1E90"};
    QTest::newRow("fhir") << "seed/report-fhir.json"
                          << "report-fhir" << QStringList{"EA90", "EA90.42, EA90.5Y"};
}

void TestInspect::seedTopFive()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(QStringList, codes);
    const Run run = runCli({"inspect", "--json", fixturePath(file)});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value("kind").toString(), kind);
    QStringList actual;
    for (const QJsonValue &entry : json.value("differential").toArray())
        actual << entry.toObject().value("code").toString();
    QCOMPARE(actual, codes);
    QVERIFY(json.value("gate").toObject().value("aggregateShown").toBool());
}

void TestInspect::jsonSchema()
{
    const Run run = runCli({"inspect", "--json", fixturePath("seed/diagnosis-support.json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    for (const char *key :
         {"kind", "reportId", "issued", "gate", "differential", "differentialTotal",
          "clinicalIndicators", "performanceIndicators", "images", "warnings", "disclaimer"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value("reportId").toString(),
             QStringLiteral("f426f15d-fcea-4bd0-942e-7528bf163c5d"));
    QCOMPARE(json.value("issued").toString(), QStringLiteral("2026-02-13T14:58:27.466367"));
    const QJsonObject first = json.value("differential").toArray().at(0).toObject();
    QCOMPARE(first.value("rank").toInt(), 1);
    QCOMPARE(first.value("display").toString(),
             QStringLiteral("Generalised eczematous dermatitis of unspecified type"));
    QCOMPARE(first.value("text").toString(), QStringLiteral("Eczematous dermatitis"));
    QCOMPARE(first.value("probability").toDouble(), 94.89877797);
    QCOMPARE(json.value("clinicalIndicators").toObject().value("malignancy").toDouble(),
             0.24731814);
    QCOMPARE(json.value("performanceIndicators").toObject().value("entropy").toDouble(), 8.4339413);
    const QJsonObject image = json.value("images").toArray().at(0).toObject();
    QCOMPARE(image.value("index").toInt(-1), 0);
    QCOMPARE(image.value("isValid").toBool(), true);
    QCOMPARE(image.value("quality").toObject().value("score").toDouble(), 93.0);
    QCOMPARE(image.value("quality").toObject().value("interpretation").toString(),
             QStringLiteral("Excellent"));
    QCOMPARE(image.value("quality").toObject().value("acceptable").toBool(), true);
    QCOMPARE(image.value("dermatological").toBool(), true);
    QCOMPARE(image.value("modality").toString(), QStringLiteral("Clinical"));
    QCOMPARE(image.value("heatmapCount").toInt(), 1);
    QCOMPARE(image.value("differential").toArray().size(), 1);
}

void TestInspect::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList();
    QTest::newRow("unknown command") << QStringList{"diagnose"};
    QTest::newRow("no file") << QStringList{"inspect"};
    QTest::newRow("two files") << QStringList{"inspect", "a.json", "b.json"};
    QTest::newRow("unknown option") << QStringList{"inspect", "--jsn", "a.json"};
}

void TestInspect::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(run.out.isEmpty());
}

void TestInspect::unreadableFile()
{
    const QString missing = m_dir.filePath("does-not-exist.json");
    const Run run = runCli({"inspect", missing});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains(missing));
}

void TestInspect::wrongTypeNamesFileAndPath()
{
    QJsonValue document = diagnosisWithImages({true, true});
    setAt(document, "imagingAnalysis[1].mediaValidity.isValid", QStringLiteral("yes"));
    const QString path = write("wrong-type.json", toBytes(document));
    const Run run = runCli({"inspect", "--json", path});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(path), qPrintable(run.err));
    QVERIFY2(run.err.contains("imagingAnalysis[1].mediaValidity.isValid: expected boolean"),
             qPrintable(run.err));
}

void TestInspect::malformedJson()
{
    const QString path =
        write("truncated.json", toBytes(fixtureJson("seed/diagnosis-support.json")).left(500));
    const Run run = runCli({"inspect", path});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("malformed JSON at byte"), qPrintable(run.err));
}

void TestInspect::unrecognisedShape()
{
    const Run run = runCli({"inspect", write("other.json", R"({"hello":"world"})")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains("unrecognised shape"));
}

void TestInspect::withheldAbsentUnlessQa()
{
    const QString path = write("invalid.json", toBytes(diagnosisWithImages({true, false})));
    const Run text = runCli({"inspect", path});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(!text.out.contains("Tinea")); // only in the withheld aggregate
    QVERIFY(text.out.contains("Re-analyse the valid images only"));
    QVERIFY(!text.out.contains("NOT FOR CLINICAL USE"));

    const Run qa = runCli({"inspect", "--qa", "--json", path});
    QCOMPARE(qa.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(qa.out).object();
    QCOMPARE(json.value("notice").toString(), QStringLiteral("NOT FOR CLINICAL USE"));
    QCOMPARE(json.value("differential").toArray().size(), 2);
    QVERIFY(json.value("images").toArray().at(1).toObject().value("qaRevealed").toBool());
}

void TestInspect::loginTokenNeverPrinted()
{
    const QByteArray secret = "s3cr3t-t0ken-value-that-must-not-leak";
    const QString path =
        write("login.json", R"({"access_token":")" + secret +
                                R"(","token_type":"Bearer token","expires_in_minutes":"60"})");
    for (const QStringList &arguments :
         {QStringList{"inspect", path}, QStringList{"inspect", "--json", path}}) {
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.contains(secret));
        QVERIFY(!run.err.contains(QString::fromLatin1(secret)));
        QVERIFY(run.out.contains("login"));
    }
}

void TestInspect::languageOption()
{
    const Run run = runCli({"inspect", "--lang", "de", fixturePath("seed/diagnosis-support.json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Ausgezeichnet"), run.out.constData()); // the quality band
    QVERIFY2(run.out.contains("94,9 %"), run.out.constData());        // German decimal comma
    const Run english =
        runCli({"inspect", "--lang", "en", fixturePath("seed/diagnosis-support.json")});
    QVERIFY(english.out.contains("94.9 %"));
}

QTEST_GUILESS_MAIN(TestInspect)
#include "tst_inspect.moc"
