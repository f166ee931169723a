#pragma once

#include "history/HistoryRecord.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>
#include <optional>

namespace dv::history {

/// The local case history: one SQLite file (Qt SQL), its photos in a folder beside it.
///
/// Threading: a HistoryStore opens its own QSqlDatabase connection in open() and must then be
/// used only on that thread (Qt SQL connections are per thread). The window uses
/// HistoryService, which owns a store on a worker thread; the CLI uses one on its main thread.
/// Two stores (two connections, two processes) may use the same file: SQLite locks it and
/// busy_timeout waits for the other writer.
///
/// Durability: WAL journal with synchronous=FULL, each record written in one transaction, so a
/// crash or kill mid-write loses at most the record being written, never the file.
///
/// Privacy: the file, its -wal/-shm/-journal companions and every kept photo are created 0600,
/// the folders this store creates 0700. No token or password is ever stored.
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    /// The schema this build writes; see the migration table in HistoryStore.cpp.
    static int schemaVersion();
    /// history.sqlite in the window's application data folder (the CLI reads the same file).
    static QString defaultPath();

    explicit HistoryStore(QString path = defaultPath());
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    /// Opens (creating the file and folders when missing) and migrates the schema in one
    /// transaction. Refuses, leaving the file untouched, a file written by a newer schema.
    bool open(QString *error);
    bool isOpen() const;
    QString path() const { return m_path; }
    /// Where kept photos go: "<database name>-photos" beside the database.
    QString photoDirectory() const;

    /// Writes one record (its photos first, when it carries their bytes) in one transaction.
    /// Returns the new record's id.
    std::optional<qint64> add(HistoryRecord record, QString *error);
    /// Newest first; records without their raw JSON.
    std::optional<QVector<HistoryRecord>> search(const HistoryQuery &query, QString *error) const;
    /// One record with its raw JSON.
    std::optional<HistoryRecord> fetch(qint64 id, QString *error) const;
    /// Every record of a case, oldest first (for the follow-up chart), without raw JSON.
    std::optional<QVector<HistoryRecord>> listCase(const QString &caseReference,
                                                   QString *error) const;
    /// Distinct case references, sorted.
    std::optional<QStringList> caseReferences(QString *error) const;
    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    QString integrityCheck() const;

private:
    bool prepareFiles(QString *error) const;
    bool migrate(QString *error);
    void restrictCompanionFiles() const;
    std::optional<QVector<HistoryRecord>> select(const QString &where,
                                                 const QVector<QVariant> &bindings,
                                                 const QString &order, int limit,
                                                 QString *error) const;
    bool loadDetails(HistoryRecord &record, QString *error) const;
    QString writePhoto(const HistoryImage &image, QString *error) const;

    QString m_path;
    QString m_connection;
};

} // namespace dv::history
