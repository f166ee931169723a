#include "credentials/SessionCredentials.h"

#include <QDebug>
#include <QMetaObject>
#include <QPointer>
#include <utility>

namespace dv::credentials {

namespace {

const char *sourceName(SessionSecret::Source source)
{
    switch (source) {
    case SessionSecret::Source::Session:
        return "session";
    case SessionSecret::Source::Keychain:
        return "keychain";
    case SessionSecret::Source::Prompt:
        return "prompt";
    case SessionSecret::Source::Cancelled:
        break;
    }
    return "cancelled";
}

} // namespace

QDebug operator<<(QDebug debug, const SessionSecret &secret)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "SessionSecret(" << sourceName(secret.source());
    if (secret.ok())
        debug << ", <redacted>";
    if (secret.keychainError())
        debug << ", " << *secret.keychainError();
    debug << ')';
    return debug;
}

SessionCredentials::SessionCredentials(CredentialStore &store, QString profile, Prompt prompt,
                                       QObject *parent)
    : QObject(parent), m_store(store), m_profile(std::move(profile)), m_prompt(std::move(prompt))
{}

SessionCredentials::~SessionCredentials() = default;

SessionCredentials::Slot &SessionCredentials::slot(SecretKind kind)
{
    return m_slots[kind == SecretKind::Password ? 0 : 1];
}

QString SessionCredentials::promptReason(SecretKind kind, const CredentialError &why)
{
    using Kind = CredentialError::Kind;
    const bool password = kind == SecretKind::Password;
    switch (why.kind) {
    case Kind::NoBackend:
        return password ? tr("No system keychain is available on this computer, so Dermaview "
                             "cannot remember your password; enter it for this session.")
                        : tr("No system keychain is available on this computer, so Dermaview "
                             "cannot remember your API token; enter it for this session.");
    case Kind::NotFound:
        return password ? tr("No password is saved for this server profile; enter it. Dermaview "
                             "keeps it in the system keychain once the server accepts it.")
                        : tr("No API token is saved for this server profile; enter it. "
                             "Dermaview keeps it in the system keychain once the server "
                             "accepts it.");
    case Kind::AccessDenied:
        return password ? tr("The system keychain refused access, so Dermaview cannot use a "
                             "saved password; enter it for this session.")
                        : tr("The system keychain refused access, so Dermaview cannot use a "
                             "saved API token; enter it for this session.");
    case Kind::Other:
        break;
    }
    return password ? tr("The system keychain could not be read, so Dermaview cannot use a saved "
                         "password; enter it for this session.")
                    : tr("The system keychain could not be read, so Dermaview cannot use a saved "
                         "API token; enter it for this session.");
}

void SessionCredentials::noteKeychainAnswer(const CredentialError *error)
{
    if (!error || error->kind == CredentialError::Kind::NotFound) {
        m_keychainState = KeychainState::Available;
        return;
    }
    switch (error->kind) {
    case CredentialError::Kind::NoBackend:
        m_keychainState = KeychainState::Unavailable;
        break;
    case CredentialError::Kind::AccessDenied:
        m_keychainState = KeychainState::Refused;
        break;
    default:
        break; // perhaps passing: do not conclude anything
    }
}

void SessionCredentials::secret(SecretKind kind, SecretCallback done)
{
    Slot &s = slot(kind);
    if (s.session) {
        // Queued like every other answer, so that callers see one behaviour.
        QMetaObject::invokeMethod(
            this,
            [done = std::move(done), held = *s.session] {
                if (done)
                    done(SessionSecret(SessionSecret::Source::Session, held, std::nullopt));
            },
            Qt::QueuedConnection);
        return;
    }
    s.waiting.append(std::move(done));
    if (s.waiting.size() > 1)
        return; // a read or a prompt is under way; its answer serves this call too
    m_store.read(
        credentialKey(m_profile, kind), this, [this, kind](const CredentialResult &result) {
            // The prompt is likely a modal dialog: open it from the event loop, not
            // from inside the store's (QtKeychain's, QtDBus's) signal emission, which
            // would hold up the keychain's other jobs while the dialog is open.
            QMetaObject::invokeMethod(
                this, [this, kind, result] { onRead(kind, result); }, Qt::QueuedConnection);
        });
}

void SessionCredentials::onRead(SecretKind kind, const CredentialResult &result)
{
    Slot &s = slot(kind);
    std::optional<SessionSecret> answer;
    if (result.ok()) {
        noteKeychainAnswer(nullptr);
        s.session = result.secret();
        s.fromKeychain = result.secret();
        answer.emplace(SessionSecret::Source::Keychain, result.secret(), std::nullopt);
    } else if (s.session) {
        // remember() supplied it while the keychain was being read: no need to ask.
        noteKeychainAnswer(&result.error());
        answer.emplace(SessionSecret::Source::Session, *s.session, result.error());
    } else {
        noteKeychainAnswer(&result.error());
        // The prompt is likely a modal dialog with its own event loop: calls arriving meanwhile
        // join `waiting` (still non-empty) instead of opening a second dialog.
        const QPointer<SessionCredentials> self(this);
        const std::optional<QString> typed =
            m_prompt ? m_prompt(kind, promptReason(kind, result.error())) : std::nullopt;
        if (!self)
            return;
        if (typed) {
            s.session = *typed;
            s.fromKeychain.reset();
            answer.emplace(SessionSecret::Source::Prompt, *typed, result.error());
        } else {
            answer.emplace(SessionSecret::Source::Cancelled, QString(), result.error());
        }
    }
    const auto waiting = std::exchange(s.waiting, {});
    for (const SecretCallback &done : waiting) {
        if (done)
            done(*answer);
    }
}

void SessionCredentials::remember(SecretKind kind, const QString &value, StatusCallback done)
{
    Slot &s = slot(kind);
    s.session = value;

    std::optional<CredentialStatus> settled;
    if (s.fromKeychain == value) {
        settled = CredentialStatus(); // it came from there: nothing to write
    } else if (m_keychainState == KeychainState::Unavailable) {
        settled = CredentialStatus(
            CredentialError{CredentialError::Kind::NoBackend,
                            QStringLiteral("no keychain this session: held in memory only")});
    } else if (m_keychainState == KeychainState::Refused) {
        settled = CredentialStatus(
            CredentialError{CredentialError::Kind::AccessDenied,
                            QStringLiteral("keychain refused this session: held in memory only")});
    }
    if (settled) {
        QMetaObject::invokeMethod(
            this,
            [done = std::move(done), status = *settled] {
                if (done)
                    done(status);
            },
            Qt::QueuedConnection);
        return;
    }

    m_store.write(credentialKey(m_profile, kind), value, this,
                  [this, kind, value, done = std::move(done)](const CredentialStatus &status) {
                      if (status.ok()) {
                          noteKeychainAnswer(nullptr);
                          slot(kind).fromKeychain = value;
                      } else {
                          noteKeychainAnswer(&status.error());
                      }
                      if (done)
                          done(status);
                  });
}

void SessionCredentials::forget(SecretKind kind, StatusCallback done)
{
    Slot &s = slot(kind);
    s.session.reset();
    s.fromKeychain.reset();
    if (m_keychainState == KeychainState::Unavailable) {
        QMetaObject::invokeMethod(
            this,
            [done = std::move(done)] {
                if (done)
                    done(CredentialStatus());
            },
            Qt::QueuedConnection);
        return;
    }
    m_store.remove(credentialKey(m_profile, kind), this,
                   [this, done = std::move(done)](const CredentialStatus &status) {
                       noteKeychainAnswer(status.ok() ? nullptr : &status.error());
                       if (done)
                           done(status);
                   });
}

} // namespace dv::credentials
