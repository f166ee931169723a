// `dermaview-cli analyze` as a user runs it: the real executable, the embedded sandbox, a
// separately started dermaview-sandbox for --server, exit codes and the saved answer.
#include "ProcessRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = dv::test::ProcessRun;

Run runCli(const QStringList &arguments, const QByteArray &input = {})
{
    return dv::test::runProcess(QStringLiteral(DV_CLI), arguments, 120000, input);
}

QString image(const char *name)
{
    return QStringLiteral(DV_SHARED_IMAGES) + QLatin1Char('/') + QLatin1String(name);
}

} // namespace

class TestAnalyze : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void embeddedSandbox();
    void sameReviewAsInspect();
    void invalidPhotoWithholdsAggregate();
    void usageErrors_data();
    void usageErrors();
    void unreadableOrUndecodableImage();
    void remoteServerCredentials();
    void unreachableServer();
    void storedReports();
    void severityManual();
    void severityLocalAgainstServer();
    void severityGlobalWithholdsOnInvalidSite();
    void severityRejectedFieldIsNamed();
    void severityUsageErrors_data();
    void severityUsageErrors();

private:
    QString writeRequest(const char *name, const QByteArray &json);

private:
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QString m_sandboxUrl;
};

void TestAnalyze::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sandbox.start(QStringLiteral(DV_SANDBOX), {"--port", "0"});
    QVERIFY(m_sandbox.waitForReadyRead(20000));
    const QByteArray line = m_sandbox.readLine().trimmed();
    QVERIFY2(line.startsWith("listening on http://127.0.0.1:"), line.constData());
    m_sandboxUrl = QString::fromLatin1(line.mid(int(qstrlen("listening on "))));
}

void TestAnalyze::cleanupTestCase()
{
    m_sandbox.kill();
    m_sandbox.waitForFinished();
}

void TestAnalyze::embeddedSandbox()
{
    const Run run = runCli({"analyze", "--json", image("psoriasis_01.jpg")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.contains("offline sandbox")); // says where the answer came from
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value("kind").toString(), QStringLiteral("diagnosis-support"));
    QVERIFY(json.value("gate").toObject().value("aggregateShown").toBool());
    QCOMPARE(json.value("differential").toArray().at(0).toObject().value("code").toString(),
             QStringLiteral("EA90"));
}

void TestAnalyze::sameReviewAsInspect()
{
    const QString saved = m_dir.filePath("answer.json");
    const Run analyzed =
        runCli({"analyze", "--json", "--out", saved, image("nevus.jpg"), image("acne.jpg")});
    QCOMPARE(analyzed.exitCode, 0);
    const Run inspected = runCli({"inspect", "--json", saved});
    QCOMPARE(inspected.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(inspected.out), QJsonDocument::fromJson(analyzed.out));
}

void TestAnalyze::invalidPhotoWithholdsAggregate()
{
    const Run run = runCli({"analyze", image("acne.jpg"), image("invalid.png")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("Re-analyse the valid images only"));
    QVERIFY(run.out.contains("NOT VALID"));
}

void TestAnalyze::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no image") << QStringList{"analyze"};
    QTest::newRow("four images") << QStringList{"analyze", "a", "b", "c", "d"};
    QTest::newRow("server without user")
        << QStringList{"analyze", "--server", "http://127.0.0.1:9", "--password-stdin", "a.jpg"};
    QTest::newRow("server without password")
        << QStringList{"analyze", "--server", "http://127.0.0.1:9", "--user", "u", "a.jpg"};
    QTest::newRow("unknown option") << QStringList{"analyze", "--sever", "x", "a.jpg"};
    QTest::newRow("CA file without server")
        << QStringList{"analyze", "--ca-file", "clinic-ca.pem", "a.jpg"};
}

void TestAnalyze::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestAnalyze::unreadableOrUndecodableImage()
{
    const Run missing = runCli({"analyze", m_dir.filePath("missing.jpg")});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.err.contains("missing.jpg"));
    const QString text = m_dir.filePath("notes.jpg");
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("these are not pixels");
    file.close();
    const Run undecodable = runCli({"analyze", text});
    QCOMPARE(undecodable.exitCode, 3); // the server's 422, named
    QVERIFY2(undecodable.err.contains("payload[0].contentAttachment.data"),
             qPrintable(undecodable.err));
}

void TestAnalyze::remoteServerCredentials()
{
    const QStringList base{
        "analyze",          "--server",       m_sandboxUrl, "--user", "demo@dermaview.invalid",
        "--password-stdin", image("acne.jpg")};
    const Run refused = runCli(base, "not-the-password\n");
    QCOMPARE(refused.exitCode, 5);
    QVERIFY(!refused.err.contains("not-the-password")); // the secret is never echoed
    const Run accepted = runCli(base, "sandbox\n");
    QCOMPARE(accepted.exitCode, 0);
    QVERIFY(accepted.out.contains("Combined result"));
}

void TestAnalyze::unreachableServer()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const QString url = "http://127.0.0.1:" + QString::number(closed.serverPort());
    closed.close(); // nothing listens there now
    const Run run = runCli(
        {"analyze", "--server", url, "--user", "u", "--password-stdin", image("acne.jpg")}, "p\n");
    QCOMPARE(run.exitCode, 4);
    const Run insecure = runCli({"analyze", "--server", "http://dermatology.example", "--user", "u",
                                 "--password-stdin", image("acne.jpg")},
                                "p\n");
    QCOMPARE(insecure.exitCode, 4);
    QVERIFY(insecure.err.contains("https"));
    const Run noCertificate =
        runCli({"analyze", "--server", "https://dermatology.example", "--user", "u",
                "--password-stdin", "--ca-file", image("acne.jpg"), image("acne.jpg")},
               "p\n");
    QCOMPARE(noCertificate.exitCode, 3); // a JPEG is not a PEM certificate
    QVERIFY2(noCertificate.err.contains("PEM"), qPrintable(noCertificate.err));
}

void TestAnalyze::storedReports()
{
    const Run analyzed = runCli({"analyze", "--json", "--server", m_sandboxUrl, "--user",
                                 "demo@dermaview.invalid", "--password-stdin", image("nevus.jpg")},
                                "sandbox\n");
    QCOMPARE(analyzed.exitCode, 0);
    const QJsonObject diagnosis = QJsonDocument::fromJson(analyzed.out).object();
    const QString id = diagnosis.value("reportId").toString();
    QVERIFY(!id.isEmpty());
    const QByteArray token = "sandbox-api-token\n";
    const QStringList base{"report", id, "--server", m_sandboxUrl, "--api-token-stdin"};

    const Run standard = runCli(base + QStringList{"--json", "--locale", "de"}, token);
    QCOMPARE(standard.exitCode, 0);
    const QJsonObject review = QJsonDocument::fromJson(standard.out).object();
    QCOMPARE(review.value("kind").toString(), QStringLiteral("report-standard"));
    QCOMPARE(review.value("reportId").toString(), id);
    QCOMPARE(review.value("differential").toArray().at(0).toObject().value("code"),
             diagnosis.value("differential").toArray().at(0).toObject().value("code"));

    const QString saved = m_dir.filePath("report-fhir.json");
    const Run fhir = runCli(base + QStringList{"--format", "fhir", "-o", saved}, token);
    QCOMPARE(fhir.exitCode, 0);
    QVERIFY(fhir.out.contains("report-fhir"));
    QCOMPARE(runCli({"inspect", saved}).exitCode, 0); // the saved report reads back

    const QString pdf = m_dir.filePath("report.pdf");
    const Run printed = runCli(base + QStringList{"--format", "pdf", "-o", pdf}, token);
    QCOMPARE(printed.exitCode, 0);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    QCOMPARE(runCli(base + QStringList{"--format", "pdf"}, token).exitCode, 2); // pdf needs -o
    const Run refused = runCli(base, "wrong-token\n");
    QCOMPARE(refused.exitCode, 5);
    QVERIFY(refused.err.contains("X-API-TOKEN"));
    QVERIFY(!refused.err.contains("wrong-token"));
    const Run unknown =
        runCli({"report", "no-such-report", "--server", m_sandboxUrl, "--api-token-stdin"}, token);
    QCOMPARE(unknown.exitCode, 3);
    QVERIFY2(unknown.err.contains("no-such-report"), qPrintable(unknown.err));
}

QString TestAnalyze::writeRequest(const char *name, const QByteArray &json)
{
    const QString path = m_dir.filePath(QLatin1String(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        qFatal("cannot write %s", name);
    return path;
}

void TestAnalyze::severityManual()
{
    const QString request = writeRequest(
        "pure4.json", R"({"bodySite":"trunkFront","knownCondition":{"conclusion":{"text":
        "psoriasis"}},"scoringSystem":{"pure4":{"questionnaireResponse":{"item":{"question1":1,
        "question2":0,"question3":1,"question4":0}}}}})");
    const Run run = runCli({"severity", "manual", "--request", request, "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject review = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(review.value("kind").toString(), QStringLiteral("severity-assessment"));
    QVERIFY2(run.out.contains("pure4"), run.out.constData());
}

void TestAnalyze::severityLocalAgainstServer()
{
    const QString request = writeRequest(
        "aladin.json", R"({"bodySite":"faceFront","knownCondition":{"conclusion":{"text":"acne"}},
        "scoringSystem":{"aladin":{}}})");
    const QString saved = m_dir.filePath("severity-local.json");
    const Run run = runCli({"severity", "local", "--request", request, "--image", image("acne.jpg"),
                            "--server", m_sandboxUrl, "--user", "demo@dermaview.invalid",
                            "--password-stdin", "--out", saved, "--json"},
                           "sandbox\n");
    QCOMPARE(run.exitCode, 0);
    const Run inspected = runCli({"inspect", "--json", saved});
    QCOMPARE(inspected.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(inspected.out), QJsonDocument::fromJson(run.out));
    QVERIFY(run.out.contains("aladin"));
}

void TestAnalyze::severityGlobalWithholdsOnInvalidSite()
{
    const QString request = writeRequest(
        "avasi.json",
        R"({"knownCondition":{"conclusion":{"text":"vitiligo"}},"scoringSystem":{"avasi":{}}})");
    const Run run = runCli({"severity", "global", "--request", request, "--site",
                            "handLeft=" + image("vitiligo.jpg"), "--site",
                            "trunkBack=" + image("invalid.png")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("trunkBack: NOT VALID"), run.out.constData());
    QVERIFY(run.out.contains("global score is withheld"));
}

void TestAnalyze::severityRejectedFieldIsNamed()
{
    const QString request = writeRequest("pure4-incomplete.json",
                                         R"({"bodySite":"trunkFront","knownCondition":{"conclusion":
        {"text":"psoriasis"}},"scoringSystem":{"pure4":{"questionnaireResponse":{"item":
        {"question1":1}}}}})");
    const Run run = runCli({"severity", "manual", "--request", request});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("question2"), qPrintable(run.err));
}

void TestAnalyze::severityUsageErrors_data()
{
    const QString request = m_dir.filePath("any.json");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no kind") << QStringList{"severity", "--request", request} << 2;
    QTest::newRow("unknown kind") << QStringList{"severity", "regional", "--request", request} << 2;
    QTest::newRow("no request") << QStringList{"severity", "manual"} << 2;
    QTest::newRow("local without image")
        << QStringList{"severity", "local", "--request", request} << 2;
    QTest::newRow("manual with image")
        << QStringList{"severity", "manual", "--request", request, "--image", "a.jpg"} << 2;
    QTest::newRow("global without sites")
        << QStringList{"severity", "global", "--request", request} << 2;
    QTest::newRow("site without image")
        << QStringList{"severity", "global", "--request", request, "--site", "handLeft="} << 2;
    QTest::newRow("missing request file")
        << QStringList{"severity", "manual", "--request", m_dir.filePath("none.json")} << 3;
    QTest::newRow("request not an object")
        << QStringList{"severity", "manual", "--request", writeRequest("array.json", "[1, 2]")}
        << 3;
    QTest::newRow("request not JSON")
        << QStringList{"severity", "manual", "--request", writeRequest("broken.json", "{\"a\":")}
        << 3;
}

void TestAnalyze::severityUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    writeRequest("any.json", R"({"scoringSystem":{"avasi":{}}})");
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestAnalyze)
#include "tst_analyze.moc"
