// With every Qt logging category switched on, a whole session (login, analysis, re-login,
// report, PDF, a failed login) must not print the password, the bearer token or the
// X-API-TOKEN anywhere: Qt's own network debug output included.
#include "api/ApiClient.h"
#include "sandbox/server/SandboxServer.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QTest>

using namespace dv::api;

namespace {

QMutex capturedMutex;
QStringList captured;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&capturedMutex);
    captured << QString::fromUtf8(context.category ? context.category : "") + QLatin1Char(' ') +
                    message;
}

} // namespace

class TestApiSecrets : public QObject
{
    Q_OBJECT

private slots:
    void noSecretInAnyLog();
};

void TestApiSecrets::noSecretInAnyLog()
{
    dv::sandbox::SandboxConfig config;
    config.password = QStringLiteral("pw-4a1f-do-not-print");
    config.apiToken = QStringLiteral("apitoken-9c3e-do-not-print");
    dv::sandbox::SandboxServer server(config);
    QVERIFY(server.listen(0));

    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\n*.info=true\n*.warning=true"));
    const QtMessageHandler previous = qInstallMessageHandler(capture);

    QNetworkAccessManager network;
    ApiConfig apiConfig;
    apiConfig.clinicalUrl = apiConfig.helperUrl = apiConfig.reportUrl = server.url();
    apiConfig.username = config.user;
    ApiClient client(&network, apiConfig);
    client.session().setPassword(config.password);
    client.setApiToken(config.apiToken);
    QStringList tokens;

    QFile file(QStringLiteral(DV_SHARED_IMAGES "/acne.jpg"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    ImageUpload image;
    image.bytes = file.readAll();
    QString reportId;
    bool done = false;
    client.diagnose({image}, this, [&](const ApiResult<dv::model::DiagnosisReport> &result) {
        QVERIFY(result.ok());
        reportId = result.value().envelope.identifier;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    tokens << client.session().token();
    server.tokens().expireAll(); // force a re-login: a second token
    done = false;
    client.deviceInformation(this, [&](const auto &result) {
        QVERIFY(result.ok());
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    tokens << client.session().token();
    done = false;
    client.reportPdf(reportId, QStringLiteral("de"), this, [&](const auto &result) {
        QVERIFY(result.ok());
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    client.session().setPassword(QStringLiteral("wrong-pw-77e0-do-not-print"));
    done = false;
    client.deviceInformation(this, [&](const auto &result) {
        QVERIFY(!result.ok());
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    // The logging really was on: Qt's own debug categories reached the handler.
    QVERIFY(std::any_of(captured.cbegin(), captured.cend(),
                        [](const QString &line) { return line.startsWith(QLatin1String("qt.")); }));
    const QString all = captured.join(QLatin1Char('\n'));
    QVERIFY(!tokens.contains(QString()));
    for (const QString &secret : QStringList{config.password, config.apiToken,
                                             QStringLiteral("wrong-pw-77e0-do-not-print")} +
                                     tokens) {
        QVERIFY2(!all.contains(secret),
                 qPrintable("a secret reached the log: " + secret.left(6) + "…"));
        QVERIFY(!all.contains(QString::fromLatin1(QUrl::toPercentEncoding(secret))));
    }
}

QTEST_GUILESS_MAIN(TestApiSecrets)
#include "tst_api_secrets.moc"
