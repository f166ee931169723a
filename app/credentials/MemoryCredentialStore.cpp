#include "credentials/MemoryCredentialStore.h"

#include <QMetaObject>
#include <QObject>

namespace dv::credentials {

namespace {

// Queued even when the answer is known at once: callers must not be able to rely on an answer
// arriving inside the call, because the real keychain never does that.
template <typename Callback, typename Answer>
void answerLater(QObject *context, Callback done, Answer answer)
{
    Q_ASSERT(context);
    QMetaObject::invokeMethod(
        context,
        [done = std::move(done), answer = std::move(answer)] {
            if (done)
                done(answer);
        },
        Qt::QueuedConnection);
}

} // namespace

std::optional<CredentialError> MemoryCredentialStore::injectedFailure() const
{
    switch (m_behaviour) {
    case Behaviour::Working:
        return std::nullopt;
    case Behaviour::NoBackend:
        return CredentialError{CredentialError::Kind::NoBackend,
                               QStringLiteral("memory store: no backend (test)")};
    case Behaviour::AccessDenied:
        return CredentialError{CredentialError::Kind::AccessDenied,
                               QStringLiteral("memory store: access denied (test)")};
    case Behaviour::Failing:
        break;
    }
    return CredentialError{CredentialError::Kind::Other,
                           QStringLiteral("memory store: failure (test)")};
}

void MemoryCredentialStore::read(const QString &key, QObject *context, ReadCallback done)
{
    ++m_reads;
    if (const auto failure = injectedFailure())
        return answerLater(context, std::move(done), CredentialResult(*failure));
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd()) {
        return answerLater(context, std::move(done),
                           CredentialResult(CredentialError{CredentialError::Kind::NotFound,
                                                            QStringLiteral("memory store")}));
    }
    answerLater(context, std::move(done), CredentialResult(it.value()));
}

void MemoryCredentialStore::write(const QString &key, const QString &secret, QObject *context,
                                  StatusCallback done)
{
    ++m_writes;
    if (const auto failure = injectedFailure())
        return answerLater(context, std::move(done), CredentialStatus(*failure));
    m_secrets.insert(key, secret);
    answerLater(context, std::move(done), CredentialStatus());
}

void MemoryCredentialStore::remove(const QString &key, QObject *context, StatusCallback done)
{
    ++m_removes;
    if (const auto failure = injectedFailure())
        return answerLater(context, std::move(done), CredentialStatus(*failure));
    m_secrets.remove(key);
    answerLater(context, std::move(done), CredentialStatus());
}

std::optional<QString> MemoryCredentialStore::storedSecret(const QString &key) const
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        return std::nullopt;
    return it.value();
}

} // namespace dv::credentials
