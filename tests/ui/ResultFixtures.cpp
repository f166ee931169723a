#include "ResultFixtures.h"

#include "Fixtures.h"
#include "api/ApiClient.h"
#include "result/DifferentialBars.h"
#include "sandbox/server/SandboxServer.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QTest>

namespace dv::test {

model::DiagnosisReport parseDiagnosis(const QByteArray &json)
{
    const auto parsed = model::parseDiagnosisReport(json);
    if (!parsed.ok())
        qFatal("response does not parse: %s", qPrintable(parsed.error().message));
    return parsed.value();
}

model::DiagnosisReport seedDiagnosis()
{
    return parseDiagnosis(fixtureBytes(QStringLiteral("seed/diagnosis-support.json")));
}

model::DiagnosisReport sandboxDiagnosis(const QStringList &photos)
{
    sandbox::SandboxServer server{sandbox::SandboxConfig()};
    if (!server.listen(0))
        qFatal("sandbox: %s", qPrintable(server.errorString()));
    QNetworkAccessManager network;
    api::ApiConfig config;
    config.clinicalUrl = config.helperUrl = config.reportUrl = server.url();
    config.username = server.config().user;
    api::ApiClient client(&network, config);
    client.session().setPassword(server.config().password);

    QVector<api::ImageUpload> uploads;
    for (const QString &name : photos) {
        QFile file(QStringLiteral(DV_SHARED_IMAGES) + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing shared image %s", qPrintable(name));
        api::ImageUpload upload;
        upload.bytes = file.readAll();
        upload.contentType = QMimeDatabase().mimeTypeForFile(file.fileName()).name();
        uploads << upload;
    }
    std::optional<api::ApiResult<model::DiagnosisReport>> result;
    client.diagnose(uploads, &client, [&](const auto &answer) { result = answer; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
        qFatal("the sandbox did not answer");
    if (!result->ok())
        qFatal("analysis failed: %s", qPrintable(result->error().message()));
    return result->value();
}

review::Review reviewOf(const model::DiagnosisReport &report, bool qaMode)
{
    return review::Reviewer::review(report, {qaMode});
}

QStringList visibleTexts(const QWidget *root)
{
    QStringList texts;
    for (const QLabel *label : root->findChildren<QLabel *>())
        texts << label->text();
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>())
        texts << button->text();
    for (const ui::DifferentialBars *bars : root->findChildren<ui::DifferentialBars *>()) {
        for (int row = 0; row < bars->rowCount(); ++row)
            texts << bars->rowText(row);
    }
    return texts;
}

QString percentText(double value)
{
    return QLocale().toString(value, 'f', 1) + QStringLiteral(" %");
}

} // namespace dv::test
