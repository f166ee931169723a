#include "credentials/KeychainCredentialStore.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <memory>
#include <optional>
#include <qt6keychain/keychain.h>
#include <utility>

namespace dv::credentials {

namespace {

// Never given a key or a secret: only error kinds and the backend's error text.
Q_LOGGING_CATEGORY(lcKeychain, "dermaview.credentials.keychain", QtInfoMsg)

// The D-Bus names of the keychains QtKeychain can use on Linux.
bool namesAKeychain(const QStringList &names)
{
    static const QStringList keychains{
        QStringLiteral("org.freedesktop.secrets"), // Secret Service: GNOME Keyring, KeePassXC...
        QStringLiteral("org.kde.kwalletd6"),       // KWallet
        QStringLiteral("org.kde.kwalletd5"),
        QStringLiteral("org.kde.kwalletd"),
    };
    for (const QString &name : keychains) {
        if (names.contains(name))
            return true;
    }
    return false;
}

using NamesCallback = std::function<void(const std::optional<QStringList> &)>;

// The bus daemon answers at once; the timeout only guards against a wedged bus.
void listBusNames(const QDBusConnection &bus, const QString &method, QObject *context,
                  NamesCallback done)
{
    const QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), method);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 5000), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [done = std::move(done)](QDBusPendingCallWatcher *finished) {
                         finished->deleteLater();
                         const QDBusPendingReply<QStringList> reply = *finished;
                         if (reply.isError())
                             done(std::nullopt);
                         else
                             done(reply.value());
                     });
}

// Whether a keychain service is running or can be started on the session bus: false when
// there is no session bus or no such service, nullopt when the bus could not be asked.
void probeKeychainService(QObject *context, std::function<void(std::optional<bool>)> done)
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        done(false);
        return;
    }
    listBusNames(bus, QStringLiteral("ListNames"), context,
                 [bus, context, done](const std::optional<QStringList> &running) {
                     if (!running)
                         return done(std::nullopt);
                     if (namesAKeychain(*running))
                         return done(true);
                     listBusNames(bus, QStringLiteral("ListActivatableNames"), context,
                                  [done](const std::optional<QStringList> &activatable) {
                                      if (!activatable)
                                          return done(std::nullopt);
                                      done(namesAKeychain(*activatable));
                                  });
                 });
}

struct JobAnswer
{
    bool timedOut = false;
    QKeychain::Error code = QKeychain::NoError;
    QString errorString;
    QString text; ///< read jobs: the secret
};

// Runs `job` and hands its answer, or a timed-out answer, to `done` on the context's thread.
void runJob(QKeychain::Job *job, const QString &key, std::chrono::milliseconds timeout,
            QObject *context, std::function<void(const JobAnswer &)> done)
{
    Q_ASSERT(context);
    Q_ASSERT_X(QThread::currentThread() == QCoreApplication::instance()->thread(),
               "KeychainCredentialStore",
               "QtKeychain's libsecret jobs only finish on the main "
               "thread");
    job->setAutoDelete(true);
    // Never the plain-text fallback: with it, QtKeychain writes the secret into a QSettings
    // file (~/.config/Dermaview.conf) whenever no keychain answers, which is exactly the
    // bare machine where nobody would notice. There we ask for the password each session.
    job->setInsecureFallback(false);
    job->setKey(key);

    // Whichever comes first, the job's answer or the timeout, answers; the other is ignored.
    // A job that never finishes is left to itself: deleting it could pull it from under a
    // pending libsecret callback.
    auto settled = std::make_shared<bool>(false);
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [timer, settled, done] {
        timer->deleteLater();
        if (std::exchange(*settled, true))
            return;
        JobAnswer answer;
        answer.timedOut = true;
        done(answer);
    });
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [timer = QPointer<QTimer>(timer), settled, done](QKeychain::Job *finished) {
                         if (timer) {
                             timer->stop();
                             timer->deleteLater();
                         }
                         if (std::exchange(*settled, true))
                             return;
                         JobAnswer answer;
                         answer.code = finished->error();
                         answer.errorString = finished->errorString();
                         if (const auto *reader =
                                 qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                             answer.text = reader->textData();
                         done(answer);
                     });
    timer->start(timeout);
    job->start();
}

using ErrorCallback = std::function<void(const std::optional<CredentialError> &)>;

// QtKeychain's answer as one of our kinds; nullopt for success.
void classify(const JobAnswer &answer, std::chrono::milliseconds timeout, QObject *context,
              ErrorCallback done)
{
    using Kind = CredentialError::Kind;
    if (!answer.timedOut) {
        switch (answer.code) {
        case QKeychain::NoError:
            return done(std::nullopt);
        case QKeychain::EntryNotFound:
            return done(CredentialError{Kind::NotFound, answer.errorString});
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            return done(CredentialError{Kind::AccessDenied, answer.errorString});
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            return done(CredentialError{Kind::NoBackend, answer.errorString});
        case QKeychain::CouldNotDeleteEntry:
            return done(CredentialError{Kind::Other, answer.errorString});
        case QKeychain::OtherError:
            break; // may well mean "no keychain here": find out below
        }
    }
    const QString detail =
        answer.timedOut
            ? QStringLiteral("the keychain did not answer within %1 ms").arg(timeout.count())
            : answer.errorString;
    probeKeychainService(context, [detail, done](std::optional<bool> present) {
        const bool absent = present.has_value() && !*present;
        done(CredentialError{absent ? Kind::NoBackend : Kind::Other, detail});
    });
}

void logFailure(const char *operation, const CredentialError &error)
{
    // The printf form: clang's -Wpedantic rejects qCDebug(category) with no further argument.
    qCDebug(lcKeychain, "%s failed: %s (%s)", operation, qUtf8Printable(error.kindName()),
            qUtf8Printable(error.detail));
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service)), m_timeout(timeout)
{}

// The callbacks below capture copies, never `this`: the store may be destroyed before the
// keychain answers.

void KeychainCredentialStore::read(const QString &key, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    const auto timeout = m_timeout;
    runJob(job, key, timeout, context, [timeout, context, done](const JobAnswer &answer) {
        if (!answer.timedOut && answer.code == QKeychain::NoError) {
            if (done)
                done(CredentialResult(answer.text));
            return;
        }
        classify(answer, timeout, context, [done](const std::optional<CredentialError> &error) {
            Q_ASSERT(error); // success was handled above
            logFailure("read", *error);
            if (done)
                done(CredentialResult(*error));
        });
    });
}

void KeychainCredentialStore::write(const QString &key, const QString &secret, QObject *context,
                                    StatusCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    const auto timeout = m_timeout;
    runJob(job, key, timeout, context, [timeout, context, done](const JobAnswer &answer) {
        classify(answer, timeout, context, [done](const std::optional<CredentialError> &error) {
            if (error)
                logFailure("write", *error);
            if (done)
                done(error ? CredentialStatus(*error) : CredentialStatus());
        });
    });
}

void KeychainCredentialStore::remove(const QString &key, QObject *context, StatusCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    const auto timeout = m_timeout;
    runJob(job, key, timeout, context, [timeout, context, done](const JobAnswer &answer) {
        classify(answer, timeout, context, [done](const std::optional<CredentialError> &error) {
            // Removing what is not there succeeds (libsecret says so itself; KWallet may not).
            const bool failed = error && error->kind != CredentialError::Kind::NotFound;
            if (failed)
                logFailure("remove", *error);
            if (done)
                done(failed ? CredentialStatus(*error) : CredentialStatus());
        });
    });
}

} // namespace dv::credentials
