#pragma once

#include "history/HistoryRecord.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>

namespace dv::history {

class HistoryStore;

/// The case history for a GUI: every store operation runs on one worker thread that owns the
/// HistoryStore and its SQL connection, in the order asked; each answer is delivered on the
/// thread of `context` (queued), and dropped if `context` is gone. The store is opened on the
/// first operation; an open failure is each operation's error until a later open succeeds.
class HistoryService : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Reply = std::function<void(const std::optional<T> &value, const QString &error)>;

    explicit HistoryService(QString path, QObject *parent = nullptr);
    /// Finishes the writes already asked for, then closes the store.
    ~HistoryService() override;

    QString path() const { return m_path; }
    /// The folder kept photos are in (HistoryStore::photoDirectory()).
    QString photoDirectory() const;

    void add(const HistoryRecord &record, QObject *context, Reply<qint64> reply);
    void search(const HistoryQuery &query, QObject *context, Reply<QVector<HistoryRecord>> reply);
    void fetch(qint64 id, QObject *context, Reply<HistoryRecord> reply);
    void listCase(const QString &caseReference, QObject *context,
                  Reply<QVector<HistoryRecord>> reply);
    void caseReferences(QObject *context, Reply<QStringList> reply);

signals:
    /// A record was written (emitted on the service's thread after the reply).
    void recordAdded(qint64 id);

private:
    /// Runs `work` on the worker thread with the opened store (null and an error when it
    /// cannot be opened) and hands its result to `reply` on `context`'s thread.
    template <typename T>
    void run(QObject *context, Reply<T> reply,
             std::function<std::optional<T>(HistoryStore &, QString *)> work);

    QString m_path;
    QThread m_thread;
    QObject *m_worker = nullptr;           ///< lives on m_thread; owns the store
    std::unique_ptr<HistoryStore> m_store; ///< used on m_thread only
};

} // namespace dv::history
