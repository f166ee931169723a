// The connection dialog and the window on a configured server, against a separate sandbox
// playing the real server over loopback HTTP: a profile is tested with the typed password,
// which goes to the keychain (the in-memory double) and never to the settings file; the
// window then works on that server without asking, and the next start restores it. The report
// service's API token is checked by the dialog, kept once accepted, and asked for when a
// stored report is opened without one.
#include "MainWindow.h"
#include "Mnemonics.h"
#include "backend/Backend.h"
#include "common/Localization.h"
#include "connection/ConnectionDialog.h"
#include "connection/ServerConnection.h"
#include "credentials/MemoryCredentialStore.h"
#include "reports/ReportDialog.h"
#include "sandbox/server/SandboxServer.h"

#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMimeDatabase>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using dv::credentials::MemoryCredentialStore;
using dv::ui::ConnectionDialog;
using dv::ui::MainWindow;
using dv::ui::ReportDialog;

class TestConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void profileTestedSavedAndUsed();
    void wrongPasswordIsReportedNotSaved();
    void incompleteProfileIsRefused_data();
    void incompleteProfileIsRefused();
    void apiTokenCheckedAndKept();
    void apiTokenAskedForStoredReport();
    void snapshot();

private:
    /// Fills the dialog's form for the test server.
    void fill(ConnectionDialog &dialog, const QString &name, const QString &password);
    /// Saves a profile for the test server with its password in `keychain` and switches
    /// `window` to it.
    void useTestServer(MainWindow &window, const QString &name);
    /// Analyses a photo on the test server; the report's identifier.
    QString storedReportId(MainWindow &window);
    /// Answers the next secret prompt with `text`; the prompt's text once it was answered.
    std::shared_ptr<QString> answerNextPrompt(const QString &text);
    std::unique_ptr<dv::sandbox::SandboxServer> m_server;
};

void TestConnection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    dv::sandbox::SandboxConfig config;
    config.apiToken = QStringLiteral("clinic-report-token"); // not the embedded sandbox's
    m_server = std::make_unique<dv::sandbox::SandboxServer>(config);
    QVERIFY(m_server->listen(0));
}

void TestConnection::init()
{
    // Each test starts on the sandbox: a window restoring a server whose password is in no
    // keychain would (rightly) open the password prompt.
    QSettings settings;
    dv::api::ServerProfiles::select(settings, QString());
}

void TestConnection::fill(ConnectionDialog &dialog, const QString &name, const QString &password)
{
    dialog.nameEdit()->setText(name);
    dialog.clinicalUrlEdit()->setText(m_server->url().toString());
    dialog.usernameEdit()->setText(m_server->config().user);
    dialog.passwordEdit()->setText(password);
}

void TestConnection::profileTestedSavedAndUsed()
{
    MemoryCredentialStore keychain;
    {
        MainWindow window(&keychain);
        QVERIFY(window.backend().isSandbox());
        ConnectionDialog dialog(window.serverConnection(), &window);
        fill(dialog, QStringLiteral("Clinic test server"), m_server->config().password);
        QVERIFY(dialog.saveProfile());
        dialog.testButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusLabel()->text().startsWith("Connected"), 20000);
        QVERIFY(dialog.statusLabel()->text().contains("Dermaview"));
        QTRY_COMPARE(keychain.storedSecret(dv::credentials::passwordKey("Clinic test server")),
                     std::optional<QString>(m_server->config().password));

        const auto buttons = dialog.findChildren<QPushButton *>();
        const auto use = std::find_if(buttons.cbegin(), buttons.cend(), [](QPushButton *button) {
            return button->text().remove('&') == QLatin1String("Use this server");
        });
        QVERIFY(use != buttons.cend());
        (*use)->click();
        QVERIFY(!window.backend().isSandbox());
        QVERIFY(!window.sandboxBadge()->isVisibleTo(&window));
        QVERIFY(window.windowTitle().contains("Clinic test server"));

        QSignalSpy loaded(&window, &MainWindow::imageLoaded);
        window.openImages({QStringLiteral(DV_SHARED_IMAGES "/nevus.jpg")});
        QTRY_COMPARE(loaded.size(), 1);
        const int before = m_server->faults().requestCounts().value("/diagnosis-support");
        window.caseSession().analyse(*window.backend().client());
        QTRY_VERIFY_WITH_TIMEOUT(window.caseSession().review().has_value(), 60000);
        QCOMPARE(m_server->faults().requestCounts().value("/diagnosis-support"), before + 1);
    }
    // The settings hold the profile, never the password.
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("Clinic test server") || text.contains("clinicalUrl"));
    QVERIFY(!text.contains(m_server->config().password.toUtf8()));

    // The next start restores the server and signs in from the keychain, without a prompt.
    MainWindow next(&keychain);
    QVERIFY(!next.backend().isSandbox());
    QTRY_VERIFY_WITH_TIMEOUT(!next.backend().deviceLabel().isEmpty(), 20000);
}

void TestConnection::wrongPasswordIsReportedNotSaved()
{
    MemoryCredentialStore keychain;
    MainWindow window(&keychain);
    ConnectionDialog dialog(window.serverConnection(), &window);
    fill(dialog, QStringLiteral("Wrong password"), QStringLiteral("not-the-password"));
    dialog.testButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusLabel()->text().startsWith("The connection failed"),
                             20000);
    QVERIFY(!dialog.statusLabel()->text().contains("not-the-password"));
    QTest::qWait(200);
    QVERIFY(keychain.keys().isEmpty());
}

void TestConnection::incompleteProfileIsRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no name") << ""
                             << "https://api.example"
                             << "u"
                             << "name";
    QTest::newRow("no URL") << "n"
                            << ""
                            << "u"
                            << "URL";
    QTest::newRow("plain http elsewhere") << "n"
                                          << "http://api.example"
                                          << "u"
                                          << "https";
    QTest::newRow("no user") << "n"
                             << "https://api.example"
                             << ""
                             << "user name";
}

void TestConnection::incompleteProfileIsRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, user);
    QFETCH(QString, expected);
    MemoryCredentialStore keychain;
    MainWindow window(&keychain);
    ConnectionDialog dialog(window.serverConnection(), &window);
    dialog.nameEdit()->setText(name);
    dialog.clinicalUrlEdit()->setText(url);
    dialog.usernameEdit()->setText(user);
    QVERIFY(!dialog.saveProfile());
    QVERIFY2(dialog.statusLabel()->text().contains(expected),
             qPrintable(dialog.statusLabel()->text()));
    // Every label's Alt key reaches its field (a row holding a layout once showed "&CA").
    const QStringList noBuddy = dv::test::labelsWithoutBuddy(&dialog);
    QVERIFY2(noBuddy.isEmpty(), qPrintable(noBuddy.join(", ")));
}

void TestConnection::useTestServer(MainWindow &window, const QString &name)
{
    ConnectionDialog dialog(window.serverConnection(), &window);
    fill(dialog, name, m_server->config().password);
    QVERIFY(dialog.saveProfile());
    window.serverConnection().credentialsFor(name).remember(m_server->config().password);
    QSettings settings;
    for (const auto &profile : dv::api::ServerProfiles::load(settings))
        if (profile.name == name)
            window.serverConnection().useProfile(profile);
    QVERIFY(!window.backend().isSandbox());
}

QString TestConnection::storedReportId(MainWindow &window)
{
    QFile file(QStringLiteral(DV_SHARED_IMAGES "/acne.jpg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    dv::api::ImageUpload upload;
    upload.bytes = file.readAll();
    upload.contentType = QMimeDatabase().mimeTypeForFile(file.fileName()).name();
    std::optional<dv::api::ApiResult<dv::model::DiagnosisReport>> result;
    window.backend().client()->diagnose({upload}, this,
                                        [&](const auto &answer) { result = answer; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000) || !result->ok())
        return {};
    return result->value().envelope.identifier;
}

std::shared_ptr<QString> TestConnection::answerNextPrompt(const QString &text)
{
    auto shown = std::make_shared<QString>();
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [poll, shown, text] {
        auto *prompt = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!prompt)
            return;
        *shown = prompt->labelText();
        prompt->setTextValue(text);
        prompt->accept();
        poll->deleteLater();
    });
    poll->start(20);
    return shown;
}

void TestConnection::apiTokenCheckedAndKept()
{
    MemoryCredentialStore keychain;
    MainWindow window(&keychain);
    ConnectionDialog dialog(window.serverConnection(), &window);
    const QString name = QStringLiteral("Token check");
    fill(dialog, name, m_server->config().password);
    const QString tokenKey = dv::credentials::apiTokenKey(name);

    dialog.apiTokenEdit()->setText(QStringLiteral("not-the-token"));
    dialog.testButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusLabel()->text().contains("did not accept the API token"),
                             20000);
    QVERIFY(!dialog.statusLabel()->text().contains("not-the-token"));
    QTest::qWait(200);
    QVERIFY(!keychain.storedSecret(tokenKey));

    dialog.apiTokenEdit()->setText(m_server->config().apiToken);
    dialog.testButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusLabel()->text().contains("accepted the API token"),
                             20000);
    QTRY_COMPARE(keychain.storedSecret(tokenKey),
                 std::optional<QString>(m_server->config().apiToken));

    // Deleting the profile deletes its token too.
    QVERIFY(dialog.saveProfile());
    const auto lists = dialog.findChildren<QPushButton *>();
    const auto remove = std::find_if(lists.cbegin(), lists.cend(), [](QPushButton *button) {
        return button->text().remove('&') == QLatin1String("Delete profile");
    });
    QVERIFY(remove != lists.cend());
    (*remove)->click();
    QTRY_VERIFY(!keychain.storedSecret(tokenKey));
}

// Opening a stored report on a real server: the token comes from the keychain; a refused one
// is forgotten and the next fetch asks for it (saying why), then keeps the accepted one.
void TestConnection::apiTokenAskedForStoredReport()
{
    MemoryCredentialStore keychain;
    const QString name = QStringLiteral("Report server");
    const QString tokenKey = dv::credentials::apiTokenKey(name);
    QString id;
    {
        MainWindow window(&keychain);
        useTestServer(window, name);
        id = storedReportId(window);
        QVERIFY(!id.isEmpty());
    }
    // A saved token that the service no longer accepts.
    bool written = false;
    keychain.write(tokenKey, QStringLiteral("revoked-token"), this,
                   [&](const auto &) { written = true; });
    QTRY_VERIFY(written);

    MainWindow window(&keychain);
    QVERIFY(!window.backend().isSandbox()); // restored from the settings
    ReportDialog *dialog = window.showReportDialog();
    dialog->idEdit()->setText(id);
    dialog->fetch();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 20000);
    QVERIFY2(dialog->errorText().contains("API token"), qPrintable(dialog->errorText()));
    QTRY_VERIFY(!keychain.storedSecret(tokenKey)); // forgotten

    const auto prompt = answerNextPrompt(m_server->config().apiToken);
    QSignalSpy shown(dialog, &ReportDialog::reportShown);
    dialog->fetch();
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 20000);
    QVERIFY2(prompt->contains("No API token is saved"), qPrintable(*prompt));
    QCOMPARE(dialog->report().id, id);
    QTRY_COMPARE(keychain.storedSecret(tokenKey),
                 std::optional<QString>(m_server->config().apiToken));

    // And from now on without a prompt: the PDF as well.
    QTemporaryDir dir;
    QSignalSpy saved(dialog, &ReportDialog::pdfSaved);
    dialog->downloadPdf(dir.filePath("report.pdf"));
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);
}

// The dialog after a successful test, for a person to look at: DV_SNAPSHOT_DIR=dir (and
// DV_SNAPSHOT_LANG=de for the long strings), ideally under xvfb-run with QT_QPA_PLATFORM=xcb.
// Without it the PNG goes to a temporary directory and only its rendering is checked.
void TestConnection::snapshot()
{
    QTemporaryDir temporary;
    const QString dir = qEnvironmentVariableIsSet("DV_SNAPSHOT_DIR")
                            ? qEnvironmentVariable("DV_SNAPSHOT_DIR")
                            : temporary.path();
    const QString language = qEnvironmentVariable("DV_SNAPSHOT_LANG", QStringLiteral("en"));
    QVERIFY(dv::Localization::install(*QCoreApplication::instance(), language));
    MemoryCredentialStore keychain;
    MainWindow window(&keychain);
    ConnectionDialog dialog(window.serverConnection(), &window);
    fill(dialog, QStringLiteral("Clinic report server"), m_server->config().password);
    dialog.apiTokenEdit()->setText(m_server->config().apiToken);
    QVERIFY(dialog.saveProfile());
    dialog.show();
    dialog.testButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.testButton()->isEnabled() &&
                                 dialog.statusLabel()->text().count(QLatin1Char('\n')) == 1,
                             20000);
    QTest::qWait(100);
    const QImage shot = dialog.grab().toImage();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(dir + QStringLiteral("/connection-%1.png").arg(language)));
}

QTEST_MAIN(TestConnection)
#include "tst_connection.moc"
