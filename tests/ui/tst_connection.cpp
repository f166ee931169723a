// The connection dialog and the window on a configured server, against a separate sandbox
// playing the real server over loopback HTTP: a profile is tested with the typed password,
// which goes to the keychain (the in-memory double) and never to the settings file; the
// window then works on that server without asking, and the next start restores it.
#include "MainWindow.h"
#include "backend/Backend.h"
#include "connection/ConnectionDialog.h"
#include "credentials/MemoryCredentialStore.h"
#include "sandbox/server/SandboxServer.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using dv::credentials::MemoryCredentialStore;
using dv::ui::ConnectionDialog;
using dv::ui::MainWindow;

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

private:
    /// Fills the dialog's form for the test server.
    void fill(ConnectionDialog &dialog, const QString &name, const QString &password);
    std::unique_ptr<dv::sandbox::SandboxServer> m_server;
};

void TestConnection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_server = std::make_unique<dv::sandbox::SandboxServer>(dv::sandbox::SandboxConfig());
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
}

QTEST_MAIN(TestConnection)
#include "tst_connection.moc"
