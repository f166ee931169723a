#include "history/HistoryService.h"

#include "history/HistoryStore.h"

namespace dv::history {

HistoryService::HistoryService(QString path, QObject *parent)
    : QObject(parent), m_path(std::move(path))
{
    m_thread.setObjectName(QStringLiteral("dv-history"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

HistoryService::~HistoryService()
{
    // The store's connection belongs to the worker thread: close it there, after the queued
    // operations (writes included) have run.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString HistoryService::photoDirectory() const
{
    return HistoryStore(m_path).photoDirectory();
}

template <typename T>
void HistoryService::run(QObject *context, Reply<T> reply,
                         std::function<std::optional<T>(HistoryStore &, QString *)> work)
{
    QPointer<QObject> receiver(context);
    QMetaObject::invokeMethod(
        m_worker, [this, receiver, reply = std::move(reply), work = std::move(work)] {
            QString error;
            std::optional<T> value;
            if (!m_store)
                m_store = std::make_unique<HistoryStore>(m_path);
            if (m_store->isOpen() || m_store->open(&error))
                value = work(*m_store, &error);
            if (!receiver)
                return;
            QMetaObject::invokeMethod(receiver, [receiver, reply, value, error] {
                if (receiver && reply)
                    reply(value, error);
            });
        });
}

void HistoryService::add(const HistoryRecord &record, QObject *context, Reply<qint64> reply)
{
    run<qint64>(context, std::move(reply), [this, record](HistoryStore &store, QString *error) {
        const auto id = store.add(record, error);
        if (id)
            emit recordAdded(*id);
        return id;
    });
}

void HistoryService::search(const HistoryQuery &query, QObject *context,
                            Reply<QVector<HistoryRecord>> reply)
{
    run<QVector<HistoryRecord>>(
        context, std::move(reply),
        [query](HistoryStore &store, QString *error) { return store.search(query, error); });
}

void HistoryService::fetch(qint64 id, QObject *context, Reply<HistoryRecord> reply)
{
    run<HistoryRecord>(context, std::move(reply), [id](HistoryStore &store, QString *error) {
        return store.fetch(id, error);
    });
}

void HistoryService::listCase(const QString &caseReference, QObject *context,
                              Reply<QVector<HistoryRecord>> reply)
{
    run<QVector<HistoryRecord>>(context, std::move(reply),
                                [caseReference](HistoryStore &store, QString *error) {
                                    return store.listCase(caseReference, error);
                                });
}

void HistoryService::caseReferences(QObject *context, Reply<QStringList> reply)
{
    run<QStringList>(context, std::move(reply), [](HistoryStore &store, QString *error) {
        return store.caseReferences(error);
    });
}

} // namespace dv::history
