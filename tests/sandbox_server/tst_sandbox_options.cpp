#include "sandbox/server/SandboxOptions.h"

#include <QTest>

using namespace dv::sandbox;

class TestSandboxOptions : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void everyOption();
    void invalid_data();
    void invalid();
};

void TestSandboxOptions::defaults()
{
    const auto parsed = SandboxOptions::parse({});
    QVERIFY(std::holds_alternative<SandboxLaunch>(parsed));
    const SandboxLaunch &launch = std::get<SandboxLaunch>(parsed);
    QCOMPARE(launch.port, 0);
    QCOMPARE(launch.config.tokenMinutes, 60);
    QCOMPARE(launch.config.maxBodyBytes, 64LL * 1024 * 1024);
    QCOMPARE(launch.config.user, SandboxConfig().user);
    QVERIFY(launch.config.faults.isEmpty());
}

void TestSandboxOptions::everyOption()
{
    const auto parsed = SandboxOptions::parse({"--port",          "8123",
                                               "--user",          "u",
                                               "--password",      "p",
                                               "--token-minutes", "5",
                                               "--api-token",     "t",
                                               "--replay",        "/tmp/r",
                                               "--latency-ms",    "250",
                                               "--max-body-mb",   "2",
                                               "--fault",         "/diagnosis-support:503:2:7",
                                               "--fault",         "*:drop:-1",
                                               "--fault",         "/login:latency:1:3"});
    QVERIFY(std::holds_alternative<SandboxLaunch>(parsed));
    const SandboxLaunch &launch = std::get<SandboxLaunch>(parsed);
    QCOMPARE(launch.port, 8123);
    QCOMPARE(launch.config.user, QStringLiteral("u"));
    QCOMPARE(launch.config.password, QStringLiteral("p"));
    QCOMPARE(launch.config.tokenMinutes, 5);
    QCOMPARE(launch.config.apiToken, QStringLiteral("t"));
    QCOMPARE(launch.config.replayDirectory, QStringLiteral("/tmp/r"));
    QCOMPARE(launch.config.latencyMs, 250);
    QCOMPARE(launch.config.maxBodyBytes, 2LL * 1024 * 1024);
    QCOMPARE(launch.config.faults.size(), 3);
    QCOMPARE(launch.config.faults.at(0).endpoint, QStringLiteral("/diagnosis-support"));
    QVERIFY(launch.config.faults.at(0).kind == FaultRule::Kind::ServiceUnavailable);
    QCOMPARE(launch.config.faults.at(0).remaining, 2);
    QCOMPARE(launch.config.faults.at(0).retryAfterSeconds, 7);
    QVERIFY(launch.config.faults.at(1).kind == FaultRule::Kind::DropConnection);
    QCOMPARE(launch.config.faults.at(1).remaining, -1);
    QCOMPARE(launch.config.faults.at(2).latencyMs, 3000);
}

void TestSandboxOptions::invalid_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("port too large") << QStringList{"--port", "70000"};
    QTest::newRow("port text") << QStringList{"--port", "http"};
    QTest::newRow("token minutes 0") << QStringList{"--token-minutes", "0"};
    QTest::newRow("negative latency") << QStringList{"--latency-ms", "-1"};
    QTest::newRow("fault kind") << QStringList{"--fault", "/login:teapot"};
    QTest::newRow("fault count 0") << QStringList{"--fault", "/login:500:0"};
    QTest::newRow("fault no kind") << QStringList{"--fault", "/login"};
    QTest::newRow("fault endpoint without slash") << QStringList{"--fault", "login:500"};
    QTest::newRow("positional") << QStringList{"extra"};
    QTest::newRow("unknown option") << QStringList{"--prot", "1"};
}

void TestSandboxOptions::invalid()
{
    QFETCH(QStringList, arguments);
    const auto parsed = SandboxOptions::parse(arguments);
    QVERIFY(std::holds_alternative<QString>(parsed));
    QVERIFY(!std::get<QString>(parsed).isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxOptions)
#include "tst_sandbox_options.moc"
