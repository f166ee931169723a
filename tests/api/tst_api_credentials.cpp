// The API session wired to a server profile's credentials, against the real sandbox over
// loopback HTTP: the password comes from the keychain when there is one, else from a prompt
// that says why; an accepted password is kept (keychain, or this session's memory only), a
// refused one is forgotten and asked for again; a cancelled prompt fails the login once.
#include "api/ApiClient.h"
#include "credentials/MemoryCredentialStore.h"
#include "credentials/SessionCredentials.h"
#include "credentials/SessionPasswordSource.h"
#include "sandbox/server/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace dv;
using credentials::MemoryCredentialStore;
using credentials::SecretKind;
using credentials::SessionCredentials;

namespace {

constexpr auto kProfile = "clinic";

/// Answers the prompt from a script and records the reasons it was given.
struct ScriptedPrompt
{
    QVector<std::optional<QString>> replies;
    QStringList reasons;

    SessionCredentials::Prompt callback()
    {
        return [this](SecretKind, const QString &reason) -> std::optional<QString> {
            reasons << reason;
            return replies.isEmpty() ? std::nullopt : replies.takeFirst();
        };
    }
};

} // namespace

class TestApiCredentials : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keychainPasswordSignsInWithoutPrompt();
    void noKeychainAsksOncePerSessionAndSaysWhy();
    void refusedPasswordIsForgottenAndAskedAgain();
    void cancelledPromptFailsTheLoginOnce();

private:
    /// Starts a client whose session asks `m_credentials` for the password.
    void connectClient();
    api::ApiResult<model::DeviceInformation> deviceInformation();
    int logins() const;

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<MemoryCredentialStore> m_keychain;
    MemoryCredentialStore &m_store() { return *m_keychain; }
    ScriptedPrompt m_prompt;
    std::unique_ptr<SessionCredentials> m_credentials;
    std::unique_ptr<credentials::SessionPasswordSource> m_source;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<api::ApiClient> m_client;
};

void TestApiCredentials::init()
{
    m_server = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxConfig());
    QVERIFY(m_server->listen(0));
    m_keychain = std::make_unique<MemoryCredentialStore>();
    m_prompt = ScriptedPrompt();
    m_credentials = std::make_unique<SessionCredentials>(m_store(), QString::fromLatin1(kProfile),
                                                         m_prompt.callback());
    m_source = std::make_unique<credentials::SessionPasswordSource>(*m_credentials);
}

void TestApiCredentials::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_source.reset();
    m_credentials.reset();
    m_keychain.reset();
    m_server.reset();
}

void TestApiCredentials::connectClient()
{
    api::ApiConfig config;
    config.clinicalUrl = config.helperUrl = config.reportUrl = m_server->url();
    config.username = m_server->config().user;
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<api::ApiClient>(m_network.get(), config);
    m_client->session().setPasswordSource(m_source.get());
}

api::ApiResult<model::DeviceInformation> TestApiCredentials::deviceInformation()
{
    std::optional<api::ApiResult<model::DeviceInformation>> outcome;
    m_client->deviceInformation(
        this, [&](const api::ApiResult<model::DeviceInformation> &result) { outcome = result; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30000))
        qFatal("the request did not finish");
    return *outcome;
}

int TestApiCredentials::logins() const
{
    return m_server->faults().requestCounts().value(QStringLiteral("/login"));
}

void TestApiCredentials::keychainPasswordSignsInWithoutPrompt()
{
    // Saved by an earlier session.
    bool written = false;
    m_store().write(credentials::passwordKey(QString::fromLatin1(kProfile)),
                    m_server->config().password, this, [&](auto) { written = true; });
    QTRY_VERIFY(written);
    connectClient();
    QVERIFY(deviceInformation().ok());
    QVERIFY(m_prompt.reasons.isEmpty());
    QCOMPARE(logins(), 1);
}

void TestApiCredentials::noKeychainAsksOncePerSessionAndSaysWhy()
{
    m_store().setBehaviour(MemoryCredentialStore::Behaviour::NoBackend);
    m_prompt.replies = {m_server->config().password};
    connectClient();
    QVERIFY(deviceInformation().ok());
    QCOMPARE(m_prompt.reasons.size(), 1);
    QVERIFY2(m_prompt.reasons.first().contains("keychain"), qPrintable(m_prompt.reasons.first()));
    QCOMPARE(m_store().writeCount(), 0); // nowhere to keep it but this session's memory
    QVERIFY(m_store().keys().isEmpty());

    // A new token later in the same session: no second prompt.
    m_client->session().signIn(this, [](auto) {});
    QTRY_COMPARE(logins(), 2);
    QVERIFY(deviceInformation().ok());
    QCOMPARE(m_prompt.reasons.size(), 1);
}

void TestApiCredentials::refusedPasswordIsForgottenAndAskedAgain()
{
    bool written = false;
    const QString key = credentials::passwordKey(QString::fromLatin1(kProfile));
    m_store().write(key, QStringLiteral("changed-since"), this, [&](auto) { written = true; });
    QTRY_VERIFY(written);
    m_prompt.replies = {m_server->config().password};
    connectClient();
    QSignalSpy failures(&m_client->session(), &api::Session::loginFailed);

    const auto refused = deviceInformation();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, api::ApiError::Kind::Authentication);
    QCOMPARE(failures.size(), 1);
    QTRY_VERIFY(!m_store().storedSecret(key)); // the stale password left the keychain
    QVERIFY(m_prompt.reasons.isEmpty());       // nothing asked yet: the keychain had one

    QVERIFY(deviceInformation().ok()); // asks, the person types the new one, it works
    QCOMPARE(m_prompt.reasons.size(), 1);
    QTRY_COMPARE(m_store().storedSecret(key), std::optional<QString>(m_server->config().password));
    QCOMPARE(logins(), 2);
}

void TestApiCredentials::cancelledPromptFailsTheLoginOnce()
{
    m_store().setBehaviour(MemoryCredentialStore::Behaviour::NoBackend);
    connectClient(); // the script has no reply: the person cancels
    QSignalSpy failures(&m_client->session(), &api::Session::loginFailed);
    int finished = 0;
    int cancelled = 0;
    for (int i = 0; i < 3; ++i) {
        m_client->deviceInformation(this, [&](const auto &result) {
            ++finished;
            cancelled += !result.ok() && result.error().kind == api::ApiError::Kind::Cancelled;
        });
    }
    QTRY_COMPARE(finished, 3);
    QCOMPARE(cancelled, 3);
    QCOMPARE(failures.size(), 1);
    QCOMPARE(m_prompt.reasons.size(), 1); // one prompt for all three requests
    QCOMPARE(logins(), 0);                // nothing was sent without a password
}

QTEST_GUILESS_MAIN(TestApiCredentials)
#include "tst_api_credentials.moc"
