#include "HistoryStore.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>
#include <unistd.h>

namespace dv::history {

namespace {

constexpr QFileDevice::Permissions kFilePermissions =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kFolderPermissions =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

/// One schema step: the statements that take a file from version `to - 1` to `to`. Steps are
/// applied in order, all of them in one transaction, and `PRAGMA user_version` is set to the
/// last one's `to` in that same transaction: a file is either fully migrated or untouched.
/// To change the schema, append a step; never edit one that has shipped.
struct Migration
{
    int to;
    QStringList statements;
};

const QVector<Migration> &migrations()
{
    static const QVector<Migration> steps{
        {1,
         {QStringLiteral(
              "CREATE TABLE records (id INTEGER PRIMARY KEY, report_id TEXT NOT NULL, "
              "issued TEXT NOT NULL, issued_at TEXT NOT NULL, recorded_at TEXT NOT NULL, "
              "kind TEXT NOT NULL, server_label TEXT NOT NULL, user_name TEXT NOT NULL, "
              "case_reference TEXT NOT NULL, body_site TEXT NOT NULL, "
              "qa_mode INTEGER NOT NULL, qa_revealed INTEGER NOT NULL, top_code TEXT, "
              "top_display TEXT, top_probability REAL, top_qa_revealed INTEGER NOT NULL, "
              "raw_json BLOB NOT NULL)"),
          QStringLiteral("CREATE INDEX records_by_case ON records (case_reference, issued_at)"),
          QStringLiteral("CREATE TABLE images (record_id INTEGER NOT NULL REFERENCES records(id) "
                         "ON DELETE CASCADE, position INTEGER NOT NULL, sha256 TEXT NOT NULL, "
                         "PRIMARY KEY (record_id, position))"),
          QStringLiteral("CREATE TABLE scores (record_id INTEGER NOT NULL REFERENCES records(id) "
                         "ON DELETE CASCADE, position INTEGER NOT NULL, code TEXT NOT NULL, "
                         "name TEXT NOT NULL, value REAL, interpretation TEXT NOT NULL, "
                         "bands TEXT NOT NULL, qa_revealed INTEGER NOT NULL, "
                         "PRIMARY KEY (record_id, position))")}},
        // 2: photos kept on the clinician's opt-in; date-range searches across cases.
        {2,
         {QStringLiteral("ALTER TABLE images ADD COLUMN photo_file TEXT"),
          QStringLiteral("CREATE INDEX records_by_issued ON records (issued_at)")}},
    };
    return steps;
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoUtc(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

QString sqlError(const QSqlError &error)
{
    return error.text().trimmed();
}

/// The sentences for a failed read or write of an open history file; one each, whichever
/// query failed.
QString readFailure(const QSqlError &error)
{
    return HistoryStore::tr("Cannot read the history file: %1").arg(sqlError(error));
}

QString writeFailure(const QSqlError &error)
{
    return HistoryStore::tr("Cannot write to the history file: %1").arg(sqlError(error));
}

QByteArray bandsToJson(const QVector<HistoryBand> &bands)
{
    QJsonArray array;
    for (const HistoryBand &band : bands) {
        QJsonObject object{{QStringLiteral("text"), band.text}};
        if (band.min)
            object.insert(QStringLiteral("min"), *band.min);
        if (band.max)
            object.insert(QStringLiteral("max"), *band.max);
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QVector<HistoryBand> bandsFromJson(const QByteArray &json)
{
    QVector<HistoryBand> bands;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        HistoryBand band;
        band.text = object.value(QStringLiteral("text")).toString();
        if (object.value(QStringLiteral("min")).isDouble())
            band.min = object.value(QStringLiteral("min")).toDouble();
        if (object.value(QStringLiteral("max")).isDouble())
            band.max = object.value(QStringLiteral("max")).toDouble();
        bands.append(band);
    }
    return bands;
}

/// An empty string, never SQL NULL (a null QString binds as NULL; the columns are NOT NULL).
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant optionalDouble(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

/// `%text%` for LIKE, with the wildcards in `text` taken literally (ESCAPE '\').
QString likePattern(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

const QString kRecordColumns = QStringLiteral(
    "id, report_id, issued, issued_at, recorded_at, kind, server_label, user_name, "
    "case_reference, body_site, qa_mode, qa_revealed, top_code, top_display, top_probability, "
    "top_qa_revealed");

HistoryRecord recordFromRow(const QSqlQuery &query)
{
    HistoryRecord record;
    record.id = query.value(0).toLongLong();
    record.reportId = query.value(1).toString();
    record.issued = query.value(2).toString();
    record.issuedAt = fromIsoUtc(query.value(3).toString());
    record.recordedAt = fromIsoUtc(query.value(4).toString());
    record.kind = query.value(5).toString();
    record.serverLabel = query.value(6).toString();
    record.userName = query.value(7).toString();
    record.caseReference = query.value(8).toString();
    record.bodySite = query.value(9).toString();
    record.qaMode = query.value(10).toBool();
    record.qaRevealed = query.value(11).toBool();
    if (!query.value(12).isNull()) {
        HistoryConclusion top;
        top.code = query.value(12).toString();
        top.display = query.value(13).toString();
        top.probability = query.value(14).toDouble();
        top.qaRevealed = query.value(15).toBool();
        record.topConclusion = top;
    }
    return record;
}

QAtomicInteger<quint64> s_connectionCounter;

} // namespace

int HistoryStore::schemaVersion()
{
    return migrations().constLast().to;
}

QString HistoryStore::defaultPath()
{
    // The window's AppDataLocation (organisation "Dermaview", application "Dermaview"), spelt
    // out so that dermaview-cli, whose application name differs, reads the same file.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/Dermaview/Dermaview/history.sqlite");
}

HistoryStore::HistoryStore(QString path)
    : m_path(std::move(path)),
      m_connection(QStringLiteral("dv-history-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{}

HistoryStore::~HistoryStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString HistoryStore::photoDirectory() const
{
    const QFileInfo info(m_path);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
           QStringLiteral("-photos");
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) &&
           QSqlDatabase::database(m_connection, false).isOpen();
}

bool HistoryStore::prepareFiles(QString *error) const
{
    const QFileInfo info(m_path);
    const QString folder = info.absolutePath();
    if (!QFileInfo::exists(folder)) {
        // Only a folder we create is restricted: a --db in /tmp must not chmod /tmp.
        if (!QDir().mkpath(folder) || !QFile::setPermissions(folder, kFolderPermissions)) {
            *error = tr("Cannot create the history folder %1.").arg(folder);
            return false;
        }
    }
    if (!info.exists()) {
        // Created 0600 before SQLite sees it; SQLite gives -wal/-shm/-journal the same mode.
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kFilePermissions)) {
            *error = tr("Cannot create the history file %1: %2").arg(m_path, file.errorString());
            return false;
        }
    } else if (info.isDir()) {
        *error = tr("%1 is a folder, not a history file.").arg(m_path);
        return false;
    }
    return true;
}

void HistoryStore::restrictCompanionFiles() const
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString file = m_path + QLatin1String(suffix);
        if (QFileInfo::exists(file) &&
            (QFile::permissions(file) &
             ~(kFilePermissions | QFileDevice::ReadUser | QFileDevice::WriteUser)) != 0)
            QFile::setPermissions(file, kFilePermissions);
    }
}

bool HistoryStore::open(QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (isOpen())
        return true;
    if (!prepareFiles(error))
        return false;
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection); // an earlier failed open
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = tr("Cannot open the history file %1: %2").arg(m_path, sqlError(db.lastError()));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        return false;
    }
    const auto fail = [&](const QString &message) {
        *error = message;
        QSqlDatabase::database(m_connection, false).close();
        return false;
    };
    // Read the version before anything writes: a newer file must stay exactly as it is (WAL
    // mode alone would rewrite its header).
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
        return fail(
            tr("%1 is not a readable history file: %2").arg(m_path, sqlError(version.lastError())));
    const int found = version.value(0).toInt();
    version.finish();
    if (found > schemaVersion())
        return fail(tr("The history file %1 was written by a newer version of Dermaview (schema "
                       "%2; this version knows up to %3). It was left untouched: update Dermaview "
                       "to read it.")
                        .arg(m_path)
                        .arg(found)
                        .arg(schemaVersion()));
    QSqlQuery pragma(db);
    for (const QString &statement :
         {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
          QStringLiteral("PRAGMA foreign_keys=ON")}) {
        if (!pragma.exec(statement))
            return fail(tr("Cannot prepare the history file %1: %2")
                            .arg(m_path, sqlError(pragma.lastError())));
    }
    pragma.finish();
    if (!migrate(error))
        return fail(*error);
    restrictCompanionFiles();
    return true;
}

bool HistoryStore::migrate(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        *error = tr("Cannot update the history file %1: %2").arg(m_path, sqlError(db.lastError()));
        return false;
    }
    QSqlQuery query(db);
    // Re-read inside the transaction: another process may have migrated meanwhile.
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        db.rollback();
        *error =
            tr("Cannot update the history file %1: %2").arg(m_path, sqlError(query.lastError()));
        return false;
    }
    const int found = query.value(0).toInt();
    query.finish();
    for (const Migration &step : migrations()) {
        if (step.to <= found)
            continue;
        for (const QString &statement : step.statements) {
            if (!query.exec(statement)) {
                const QString reason = sqlError(query.lastError());
                db.rollback();
                *error = tr("Cannot update the history file %1 to schema %2: %3")
                             .arg(m_path)
                             .arg(step.to)
                             .arg(reason);
                return false;
            }
        }
    }
    if (found < schemaVersion() &&
        !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion()))) {
        db.rollback();
        *error =
            tr("Cannot update the history file %1: %2").arg(m_path, sqlError(query.lastError()));
        return false;
    }
    if (!db.commit()) {
        *error = tr("Cannot update the history file %1: %2").arg(m_path, sqlError(db.lastError()));
        db.rollback();
        return false;
    }
    return true;
}

QString HistoryStore::writePhoto(const HistoryImage &image, QString *error) const
{
    const QString folder = photoDirectory();
    if (!QFileInfo::exists(folder) &&
        (!QDir().mkpath(folder) || !QFile::setPermissions(folder, kFolderPermissions))) {
        *error = tr("Cannot create the photo folder %1.").arg(folder);
        return {};
    }
    // Named by content: the same photo analysed twice is kept once.
    const QString name = image.sha256 + QLatin1Char('.') +
                         (image.photoSuffix.isEmpty() ? QStringLiteral("img") : image.photoSuffix);
    const QString target = folder + QLatin1Char('/') + name;
    if (QFileInfo::exists(target))
        return name;
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kFilePermissions) ||
        file.write(image.uploadBytes) != image.uploadBytes.size() || !file.flush() ||
        ::fsync(file.handle()) != 0) {
        *error = tr("Cannot keep the photo in %1: %2").arg(folder, file.errorString());
        file.remove();
        return {};
    }
    file.close();
    if (!QFile::rename(partial, target)) {
        *error = tr("Cannot keep the photo in %1.").arg(folder);
        QFile::remove(partial);
        return {};
    }
    return name;
}

std::optional<qint64> HistoryStore::add(HistoryRecord record, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!isOpen()) {
        *error = tr("The history file is not open.");
        return std::nullopt;
    }
    if (!record.recordedAt.isValid())
        record.recordedAt = QDateTime::currentDateTimeUtc();
    if (!record.issuedAt.isValid())
        record.issuedAt = record.recordedAt;
    // Photos first: a kill between the two leaves an unreferenced photo, never a record
    // pointing at a missing one.
    for (HistoryImage &image : record.images) {
        if (image.sha256.isEmpty() && !image.uploadBytes.isEmpty())
            image.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(image.uploadBytes, QCryptographicHash::Sha256).toHex());
        if (image.keepPhoto && !image.uploadBytes.isEmpty()) {
            image.photoFile = writePhoto(image, error);
            if (image.photoFile.isEmpty())
                return std::nullopt;
        }
        image.uploadBytes.clear();
    }

    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        *error = writeFailure(db.lastError());
        return std::nullopt;
    }
    const auto fail = [&](const QSqlQuery &query) -> std::optional<qint64> {
        *error = writeFailure(query.lastError());
        db.rollback();
        return std::nullopt;
    };
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO records (report_id, issued, issued_at, recorded_at, kind, server_label, "
        "user_name, case_reference, body_site, qa_mode, qa_revealed, top_code, top_display, "
        "top_probability, top_qa_revealed, raw_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, "
        "?, ?, ?)"));
    const QVariant nullText{QMetaType(QMetaType::QString)};
    insert.addBindValue(text(record.reportId));
    insert.addBindValue(text(record.issued));
    insert.addBindValue(isoUtc(record.issuedAt));
    insert.addBindValue(isoUtc(record.recordedAt));
    insert.addBindValue(text(record.kind));
    insert.addBindValue(text(record.serverLabel));
    insert.addBindValue(text(record.userName));
    insert.addBindValue(text(record.caseReference.trimmed()));
    insert.addBindValue(text(record.bodySite));
    insert.addBindValue(record.qaMode ? 1 : 0);
    insert.addBindValue(record.qaRevealed ? 1 : 0);
    insert.addBindValue(record.topConclusion ? text(record.topConclusion->code) : nullText);
    insert.addBindValue(record.topConclusion ? text(record.topConclusion->display) : nullText);
    insert.addBindValue(record.topConclusion ? QVariant(record.topConclusion->probability)
                                             : QVariant(QMetaType(QMetaType::Double)));
    insert.addBindValue(record.topConclusion && record.topConclusion->qaRevealed ? 1 : 0);
    insert.addBindValue(record.rawJson.isNull() ? QByteArray("") : record.rawJson);
    if (!insert.exec())
        return fail(insert);
    const qint64 id = insert.lastInsertId().toLongLong();

    QSqlQuery image(db);
    image.prepare(QStringLiteral(
        "INSERT INTO images (record_id, position, sha256, photo_file) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < record.images.size(); ++i) {
        image.addBindValue(id);
        image.addBindValue(static_cast<qint64>(i));
        image.addBindValue(text(record.images.at(i).sha256));
        image.addBindValue(record.images.at(i).photoFile.isEmpty()
                               ? nullText
                               : QVariant(record.images.at(i).photoFile));
        if (!image.exec())
            return fail(image);
    }
    QSqlQuery score(db);
    score.prepare(
        QStringLiteral("INSERT INTO scores (record_id, position, code, name, value, "
                       "interpretation, bands, qa_revealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < record.scores.size(); ++i) {
        const HistoryScore &s = record.scores.at(i);
        score.addBindValue(id);
        score.addBindValue(static_cast<qint64>(i));
        score.addBindValue(text(s.code));
        score.addBindValue(text(s.name));
        score.addBindValue(optionalDouble(s.value));
        score.addBindValue(text(s.interpretation));
        score.addBindValue(QString::fromUtf8(bandsToJson(s.bands)));
        score.addBindValue(s.qaRevealed ? 1 : 0);
        if (!score.exec())
            return fail(score);
    }
    if (!db.commit()) {
        *error = writeFailure(db.lastError());
        db.rollback();
        return std::nullopt;
    }
    return id;
}

bool HistoryStore::loadDetails(HistoryRecord &record, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery images(db);
    images.prepare(QStringLiteral(
        "SELECT sha256, photo_file FROM images WHERE record_id = ? ORDER BY position"));
    images.addBindValue(record.id);
    if (!images.exec()) {
        *error = readFailure(images.lastError());
        return false;
    }
    while (images.next()) {
        HistoryImage image;
        image.sha256 = images.value(0).toString();
        image.photoFile = images.value(1).toString();
        record.images.append(image);
    }
    QSqlQuery scores(db);
    scores.prepare(
        QStringLiteral("SELECT code, name, value, interpretation, bands, qa_revealed FROM scores "
                       "WHERE record_id = ? ORDER BY position"));
    scores.addBindValue(record.id);
    if (!scores.exec()) {
        *error = readFailure(scores.lastError());
        return false;
    }
    while (scores.next()) {
        HistoryScore score;
        score.code = scores.value(0).toString();
        score.name = scores.value(1).toString();
        if (!scores.value(2).isNull())
            score.value = scores.value(2).toDouble();
        score.interpretation = scores.value(3).toString();
        score.bands = bandsFromJson(scores.value(4).toString().toUtf8());
        score.qaRevealed = scores.value(5).toBool();
        record.scores.append(score);
    }
    return true;
}

std::optional<QVector<HistoryRecord>> HistoryStore::select(const QString &where,
                                                           const QVector<QVariant> &bindings,
                                                           const QString &order, int limit,
                                                           QString *error) const
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!isOpen()) {
        *error = tr("The history file is not open.");
        return std::nullopt;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM records %2 ORDER BY %3 LIMIT %4")
                      .arg(kRecordColumns,
                           where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where, order)
                      .arg(limit > 0 ? limit : -1));
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = readFailure(query.lastError());
        return std::nullopt;
    }
    QVector<HistoryRecord> records;
    while (query.next())
        records.append(recordFromRow(query));
    query.finish();
    for (HistoryRecord &record : records) {
        if (!loadDetails(record, error))
            return std::nullopt;
    }
    return records;
}

std::optional<QVector<HistoryRecord>> HistoryStore::search(const HistoryQuery &criteria,
                                                           QString *error) const
{
    QStringList where;
    QVector<QVariant> bindings;
    if (!criteria.caseReference.trimmed().isEmpty()) {
        where << QStringLiteral("case_reference = ?");
        bindings << criteria.caseReference.trimmed();
    }
    if (!criteria.text.trimmed().isEmpty()) {
        QStringList columns{QStringLiteral("case_reference"), QStringLiteral("report_id"),
                            QStringLiteral("top_code"),       QStringLiteral("top_display"),
                            QStringLiteral("body_site"),      QStringLiteral("kind"),
                            QStringLiteral("server_label"),   QStringLiteral("user_name")};
        QStringList any;
        for (const QString &column : columns) {
            any << column + QStringLiteral(" LIKE ? ESCAPE '\\'");
            bindings << likePattern(criteria.text.trimmed());
        }
        where << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (criteria.from.isValid()) {
        where << QStringLiteral("issued_at >= ?");
        bindings << isoUtc(criteria.from);
    }
    if (criteria.to.isValid()) {
        where << QStringLiteral("issued_at < ?");
        bindings << isoUtc(criteria.to);
    }
    return select(where.join(QStringLiteral(" AND ")), bindings,
                  QStringLiteral("issued_at DESC, id DESC"), criteria.limit, error);
}

std::optional<QVector<HistoryRecord>> HistoryStore::listCase(const QString &caseReference,
                                                             QString *error) const
{
    return select(QStringLiteral("case_reference = ?"), {caseReference.trimmed()},
                  QStringLiteral("issued_at ASC, id ASC"), -1, error);
}

std::optional<HistoryRecord> HistoryStore::fetch(qint64 id, QString *error) const
{
    auto records = select(QStringLiteral("id = ?"), {id}, QStringLiteral("id"), 1, error);
    if (!records)
        return std::nullopt;
    if (records->isEmpty()) {
        if (error)
            *error = tr("The history has no record %1.").arg(id);
        return std::nullopt;
    }
    HistoryRecord record = records->constFirst();
    QSqlQuery raw(QSqlDatabase::database(m_connection, false));
    raw.prepare(QStringLiteral("SELECT raw_json FROM records WHERE id = ?"));
    raw.addBindValue(id);
    if (!raw.exec() || !raw.next()) {
        if (error)
            *error = readFailure(raw.lastError());
        return std::nullopt;
    }
    record.rawJson = raw.value(0).toByteArray();
    return record;
}

std::optional<QStringList> HistoryStore::caseReferences(QString *error) const
{
    if (!isOpen()) {
        if (error)
            *error = tr("The history file is not open.");
        return std::nullopt;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT DISTINCT case_reference FROM records WHERE "
                                   "case_reference <> '' ORDER BY case_reference"))) {
        if (error)
            *error = readFailure(query.lastError());
        return std::nullopt;
    }
    QStringList references;
    while (query.next())
        references << query.value(0).toString();
    return references;
}

QString HistoryStore::integrityCheck() const
{
    if (!isOpen())
        return tr("The history file is not open.");
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(query.lastError());
    QStringList lines;
    while (query.next())
        lines << query.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace dv::history
