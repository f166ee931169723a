#pragma once

#include "credentials/CredentialStore.h"

#include <QHash>
#include <QStringList>
#include <optional>

namespace dv::credentials {

/// The test double: a keychain in a hash. Answers are queued like the real store's, and it can
/// be told to behave like a machine without a keychain or like a keychain that refuses.
/// State changes take effect when the call is made; only the answer is delivered later.
class MemoryCredentialStore final : public CredentialStore
{
public:
    enum class Behaviour
    {
        Working,      ///< a keychain that works
        NoBackend,    ///< every call fails with NoBackend (a bare machine)
        AccessDenied, ///< every call fails with AccessDenied (locked, or the user declined)
        Failing,      ///< every call fails with Other
    };

    MemoryCredentialStore() = default;

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context,
               StatusCallback done) override;
    void remove(const QString &key, QObject *context, StatusCallback done) override;

    void setBehaviour(Behaviour behaviour) { m_behaviour = behaviour; }
    Behaviour behaviour() const { return m_behaviour; }

    // Inspection for tests.
    QStringList keys() const { return m_secrets.keys(); }
    std::optional<QString> storedSecret(const QString &key) const;
    int readCount() const { return m_reads; }
    int writeCount() const { return m_writes; }
    int removeCount() const { return m_removes; }

private:
    std::optional<CredentialError> injectedFailure() const;

    QHash<QString, QString> m_secrets;
    Behaviour m_behaviour = Behaviour::Working;
    int m_reads = 0;
    int m_writes = 0;
    int m_removes = 0;
};

} // namespace dv::credentials
