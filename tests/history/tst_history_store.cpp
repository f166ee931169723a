#include "Fixtures.h"
#include "HistoryTestRecords.h"
#include "history/HistoryEntry.h"
#include "history/HistoryStore.h"
#include "model/SavedResponse.h"
#include "review/Review.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using dv::history::HistoryRecord;
using dv::history::HistoryStore;

namespace {

constexpr QFileDevice::Permissions kOwnerReadWrite = QFileDevice::ReadOwner |
                                                     QFileDevice::WriteOwner |
                                                     QFileDevice::ReadUser | QFileDevice::WriteUser;

/// Only the owner's bits (QFile reports the "user" bits as well: they mirror the owner's).
QFileDevice::Permissions others(QFileDevice::Permissions permissions)
{
    return permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                          QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

const QDateTime kMarch1(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);

/// Runs SQL on a file directly, as an older or newer Dermaview would have written it.
void execRaw(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement + query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void permissions();
    void keptPhotosAreOwnerOnly();
    void migratesAnEmptyFile();
    void migratesVersionOne();
    void refusesANewerSchemaUntouched();
    void refusesAFileThatIsNotADatabase();
    void search();
    void survivesKillsMidWrite();
    void withheldContentIsNotRecorded();
    void qaModeIsRecordedAsSuch();
    void withheldSeverityScoreIsNotRecorded();
    void qaRevealedPartsAreShownOnlyInQaMode();

private:
    QTemporaryDir m_dir;
};

void TestHistoryStore::roundTrip()
{
    HistoryStore store(m_dir.filePath(QStringLiteral("round/history.sqlite")));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    HistoryRecord record =
        dv::test::severityRecord(QStringLiteral("PSO-1"), QStringLiteral("rep-1"), kMarch1, 7.25);
    record.topConclusion =
        dv::history::HistoryConclusion{QStringLiteral("EA90"), QStringLiteral("Psoriasis"), 88.5};
    const auto id = store.add(record, &error);
    QVERIFY2(id, qPrintable(error));
    const auto back = store.fetch(*id, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->reportId, QStringLiteral("rep-1"));
    QCOMPARE(back->issuedAt, kMarch1);
    QCOMPARE(back->caseReference, QStringLiteral("PSO-1"));
    QCOMPARE(back->userName, QStringLiteral("demo@dermaview.invalid"));
    QCOMPARE(back->serverLabel, QStringLiteral("Offline sandbox"));
    QCOMPARE(back->bodySite, QStringLiteral("armLeft"));
    QVERIFY(back->topConclusion);
    QCOMPARE(back->topConclusion->code, QStringLiteral("EA90"));
    QCOMPARE(back->topConclusion->probability, 88.5);
    QCOMPARE(back->scores.size(), 1);
    QCOMPARE(back->scores.at(0).value, std::optional<double>(7.25));
    QCOMPARE(back->scores.at(0).bands.size(), 3);
    QCOMPARE(back->scores.at(0).bands.at(2).text, QStringLiteral("Severe"));
    QVERIFY(!back->scores.at(0).bands.at(2).max);
    QCOMPARE(back->images.size(), 2);
    // The SHA-256 of exactly the uploaded bytes; no photo kept without the opt-in.
    QCOMPARE(back->images.at(0).sha256,
             QString::fromLatin1(
                 QCryptographicHash::hash(QByteArrayLiteral("rep-10"), QCryptographicHash::Sha256)
                     .toHex()));
    QVERIFY(back->images.at(0).photoFile.isEmpty());
    QCOMPARE(back->rawJson, record.rawJson);
    // Search results leave the raw JSON out; fetch brings it.
    const auto found = store.search({}, &error);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QVERIFY(found->at(0).rawJson.isEmpty());
    QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
}

void TestHistoryStore::permissions()
{
    const QString folder = m_dir.filePath(QStringLiteral("perm/nested"));
    const QString path = folder + QStringLiteral("/history.sqlite");
    HistoryStore store(path);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QVERIFY(store.add(
        dv::test::severityRecord(QStringLiteral("P"), QStringLiteral("r"), kMarch1, 1), &error));
    QCOMPARE(others(QFile::permissions(folder)), QFileDevice::Permissions());
    QVERIFY(QFile::permissions(folder) & QFileDevice::ExeOwner);
    for (const QString &file :
         {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        QVERIFY2(QFile::exists(file), qPrintable(file));
        QCOMPARE(QFile::permissions(file), kOwnerReadWrite);
    }
}

void TestHistoryStore::keptPhotosAreOwnerOnly()
{
    HistoryStore store(m_dir.filePath(QStringLiteral("photos/history.sqlite")));
    QString error;
    QVERIFY(store.open(&error));
    HistoryRecord record =
        dv::test::severityRecord(QStringLiteral("P"), QStringLiteral("kept"), kMarch1, 1);
    for (auto &image : record.images)
        image.keepPhoto = true;
    const auto id = store.add(record, &error);
    QVERIFY2(id, qPrintable(error));
    const auto back = store.fetch(*id, &error);
    QVERIFY(back);
    QCOMPARE(others(QFile::permissions(store.photoDirectory())), QFileDevice::Permissions());
    for (const auto &image : back->images) {
        QCOMPARE(image.photoFile, image.sha256 + QStringLiteral(".jpg"));
        const QString file = store.photoDirectory() + QLatin1Char('/') + image.photoFile;
        QCOMPARE(QFile::permissions(file), kOwnerReadWrite);
        QCOMPARE(QCryptographicHash::hash(fileBytes(file), QCryptographicHash::Sha256).toHex(),
                 image.sha256.toLatin1());
    }
}

void TestHistoryStore::migratesAnEmptyFile()
{
    // A zero-byte file (version 0) is a new database.
    const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    HistoryStore store(path);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QVERIFY(store.add(
        dv::test::severityRecord(QStringLiteral("E"), QStringLiteral("e"), kMarch1, 2), &error));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    QSqlQuery version(QStringLiteral("PRAGMA user_version"), db);
    QVERIFY(version.next());
    QCOMPARE(version.value(0).toInt(), HistoryStore::schemaVersion());
    version.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestHistoryStore::migratesVersionOne()
{
    // A file exactly as schema 1 left it, with one record.
    const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
    execRaw(
        path,
        {QStringLiteral("CREATE TABLE records (id INTEGER PRIMARY KEY, report_id TEXT NOT NULL, "
                        "issued TEXT NOT NULL, issued_at TEXT NOT NULL, recorded_at TEXT NOT NULL, "
                        "kind TEXT NOT NULL, server_label TEXT NOT NULL, user_name TEXT NOT NULL, "
                        "case_reference TEXT NOT NULL, body_site TEXT NOT NULL, "
                        "qa_mode INTEGER NOT NULL, qa_revealed INTEGER NOT NULL, top_code TEXT, "
                        "top_display TEXT, top_probability REAL, top_qa_revealed INTEGER NOT NULL, "
                        "raw_json BLOB NOT NULL)"),
         QStringLiteral("CREATE INDEX records_by_case ON records (case_reference, issued_at)"),
         QStringLiteral("CREATE TABLE images (record_id INTEGER NOT NULL REFERENCES "
                        "records(id) ON DELETE CASCADE, position INTEGER NOT NULL, sha256 "
                        "TEXT NOT NULL, PRIMARY KEY (record_id, position))"),
         QStringLiteral("CREATE TABLE scores (record_id INTEGER NOT NULL REFERENCES "
                        "records(id) ON DELETE CASCADE, position INTEGER NOT NULL, code TEXT "
                        "NOT NULL, name TEXT NOT NULL, value REAL, interpretation TEXT NOT "
                        "NULL, bands TEXT NOT NULL, qa_revealed INTEGER NOT NULL, PRIMARY KEY "
                        "(record_id, position))"),
         QStringLiteral("INSERT INTO records VALUES (1, 'old-report', '2025-01-02T03:04:05', "
                        "'2025-01-02T03:04:05.000Z', '2025-01-02T03:04:06.000Z', "
                        "'diagnosis-support', 'Clinic', 'dr', 'OLD-1', '', 0, 0, 'EA90', "
                        "'Psoriasis', 80.5, 0, '{}')"),
         QStringLiteral("INSERT INTO images VALUES (1, 0, 'abc')"),
         QStringLiteral("PRAGMA user_version = 1")});
    HistoryStore store(path);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    const auto old = store.fetch(1, &error);
    QVERIFY2(old, qPrintable(error));
    QCOMPARE(old->reportId, QStringLiteral("old-report"));
    QCOMPARE(old->images.size(), 1);
    QVERIFY(old->images.at(0).photoFile.isEmpty()); // the column schema 2 added
    HistoryRecord record =
        dv::test::severityRecord(QStringLiteral("OLD-1"), QStringLiteral("new"), kMarch1, 3);
    record.images[0].keepPhoto = true;
    QVERIFY2(store.add(record, &error), qPrintable(error));
    QCOMPARE(store.listCase(QStringLiteral("OLD-1"), &error)->size(), 2);
}

void TestHistoryStore::refusesANewerSchemaUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
    execRaw(path, {QStringLiteral("CREATE TABLE future_things (x)"),
                   QStringLiteral("PRAGMA user_version = 99")});
    const QByteArray before = fileBytes(path);
    {
        HistoryStore store(path);
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("99")));
        QVERIFY(error.contains(QLatin1String("untouched")));
        QVERIFY(!store.isOpen());
        QVERIFY(!store.add(
            dv::test::severityRecord(QStringLiteral("X"), QStringLiteral("x"), kMarch1, 1),
            &error));
    }
    QCOMPARE(fileBytes(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestHistoryStore::refusesAFileThatIsNotADatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'z'));
    file.close();
    HistoryStore store(path);
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY2(error.contains(path), qPrintable(error));
}

void TestHistoryStore::search()
{
    HistoryStore store(m_dir.filePath(QStringLiteral("search.sqlite")));
    QString error;
    QVERIFY(store.open(&error));
    const auto add = [&](const QString &ref, const QString &report, int day) {
        QVERIFY(
            store.add(dv::test::severityRecord(ref, report, kMarch1.addDays(day), day), &error));
    };
    add(QStringLiteral("PSO-1"), QStringLiteral("a"), 0);
    add(QStringLiteral("PSO-1"), QStringLiteral("b"), 10);
    add(QStringLiteral("AD_7"), QStringLiteral("c"), 20);
    add(QStringLiteral("AD%7"), QStringLiteral("d"), 30);

    dv::history::HistoryQuery byCase;
    byCase.caseReference = QStringLiteral("PSO-1");
    auto found = store.search(byCase, &error);
    QVERIFY(found);
    QCOMPARE(found->size(), 2);
    QCOMPARE(found->at(0).reportId, QStringLiteral("b")); // newest first

    // LIKE wildcards typed by the person are taken literally.
    dv::history::HistoryQuery text;
    text.text = QStringLiteral("D_7");
    found = store.search(text, &error);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->at(0).caseReference, QStringLiteral("AD_7"));
    text.text = QStringLiteral("ad%");
    found = store.search(text, &error);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->at(0).reportId, QStringLiteral("d"));

    dv::history::HistoryQuery range;
    range.from = kMarch1.addDays(5);
    range.to = kMarch1.addDays(25);
    found = store.search(range, &error);
    QCOMPARE(found->size(), 2);
    QCOMPARE(found->at(0).reportId, QStringLiteral("c"));
    QCOMPARE(found->at(1).reportId, QStringLiteral("b"));

    const auto series = store.listCase(QStringLiteral("PSO-1"), &error);
    QCOMPARE(series->size(), 2);
    QCOMPARE(series->at(0).reportId, QStringLiteral("a")); // oldest first
    QCOMPARE(
        *store.caseReferences(&error),
        (QStringList{QStringLiteral("AD%7"), QStringLiteral("AD_7"), QStringLiteral("PSO-1")}));
}

void TestHistoryStore::survivesKillsMidWrite()
{
    const QString path = m_dir.filePath(QStringLiteral("killed/history.sqlite"));
    QSet<QString> committed;
    int kills = 0;
    for (int round = 0; round < 6; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(DV_HISTORY_WRITER), {path, QStringLiteral("run%1").arg(round)});
        QVERIFY(writer.waitForStarted());
        QVERIFY(writer.waitForReadyRead(20000)); // "open"
        // A random moment: some rounds die in the first write, others after many.
        QTest::qWait(int(QRandomGenerator::global()->bounded(5, 400)));
        QVERIFY2(writer.state() == QProcess::Running,
                 qPrintable(QString::fromUtf8(writer.readAllStandardError())));
        writer.kill(); // SIGKILL: no destructor, no SQLite cleanup
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        ++kills;
        for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
            if (line.startsWith("committed "))
                committed.insert(QString::fromUtf8(line.mid(10)));
        }
    }
    QCOMPARE(kills, 6);
    QVERIFY2(committed.size() >= 3, "the writer should commit a few records between kills");

    HistoryStore store(path);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    dv::history::HistoryQuery all;
    all.limit = -1;
    const auto records = store.search(all, &error);
    QVERIFY2(records, qPrintable(error));
    QSet<QString> present;
    for (const HistoryRecord &summary : *records) {
        present.insert(summary.reportId);
        // Every record is whole: its scores, images and raw JSON all made it.
        const auto record = store.fetch(summary.id, &error);
        QVERIFY(record);
        QCOMPARE(record->scores.size(), 3);
        QCOMPARE(record->images.size(), 2);
        QCOMPARE(record->scores.at(2).bands.size(), 1);
        const QJsonObject raw = QJsonDocument::fromJson(record->rawJson).object();
        QCOMPARE(raw.value(QStringLiteral("reportId")).toString(), record->reportId);
        QVERIFY(raw.value(QStringLiteral("pad")).toString().size() >= 200000);
    }
    // Every record the writer saw committed survived the kill (synchronous=FULL).
    for (const QString &id : std::as_const(committed))
        QVERIFY2(present.contains(id), qPrintable(id));
    qInfo("%d kills, %lld records committed and reported, %lld present", kills,
          static_cast<long long>(committed.size()), static_cast<long long>(present.size()));
}

namespace {

dv::review::Review reviewOf(const QJsonValue &json, bool qa)
{
    const auto parsed = dv::model::readSavedResponse(dv::test::toBytes(json));
    if (!parsed.ok())
        qFatal("fixture does not parse");
    dv::review::ReviewOptions options;
    options.qaMode = qa;
    return *dv::review::Reviewer::review(parsed.value(), options);
}

} // namespace

void TestHistoryStore::withheldContentIsNotRecorded()
{
    QJsonValue json = dv::test::fixtureJson(QStringLiteral("seed/diagnosis-support.json"));
    dv::test::setAt(json, QStringLiteral("imagingAnalysis[0].mediaValidity.isValid"), false);
    const dv::review::Review review = reviewOf(json, false);
    QVERIFY(!review.aggregate.shown);
    const HistoryRecord record = dv::history::makeRecord(review, dv::test::toBytes(json), {});
    QVERIFY(!record.topConclusion);
    QVERIFY(!record.qaMode);
    QVERIFY(!record.qaRevealed);
    QCOMPARE(record.kind, QStringLiteral("diagnosis-support"));

    HistoryStore store(m_dir.filePath(QStringLiteral("withheld.sqlite")));
    QString error;
    QVERIFY(store.open(&error));
    const auto id = store.add(record, &error);
    QVERIFY(id);
    const auto back = store.fetch(*id, &error);
    QVERIFY(!back->topConclusion);

    // A valid response records its top conclusion, as the review sorted it.
    const QJsonValue valid = dv::test::fixtureJson(QStringLiteral("seed/diagnosis-support.json"));
    const dv::review::Review shown = reviewOf(valid, false);
    const HistoryRecord kept = dv::history::makeRecord(shown, dv::test::toBytes(valid), {});
    QVERIFY(kept.topConclusion);
    QCOMPARE(kept.topConclusion->code, shown.differential.ranked.at(0).code);
    QCOMPARE(kept.topConclusion->probability, shown.differential.ranked.at(0).probability);
    QCOMPARE(kept.issuedAt, QDateTime(QDate(2026, 2, 13), QTime(14, 58, 27, 466), Qt::UTC));
}

void TestHistoryStore::qaModeIsRecordedAsSuch()
{
    QJsonValue json = dv::test::fixtureJson(QStringLiteral("seed/diagnosis-support.json"));
    dv::test::setAt(json, QStringLiteral("imagingAnalysis[0].mediaValidity.isValid"), false);
    const HistoryRecord record =
        dv::history::makeRecord(reviewOf(json, true), dv::test::toBytes(json), {});
    QVERIFY(record.qaMode);
    QVERIFY(record.qaRevealed);
    QVERIFY(record.topConclusion);
    QVERIFY(record.topConclusion->qaRevealed);
}

void TestHistoryStore::withheldSeverityScoreIsNotRecorded()
{
    const QJsonValue json =
        dv::test::fixtureJson(QStringLiteral("api-notes/severity-global-one-invalid.json"));
    const dv::review::Review review = reviewOf(json, false);
    QVERIFY(!review.scores.isEmpty());
    const HistoryRecord record = dv::history::makeRecord(review, dv::test::toBytes(json), {});
    for (const auto &score : review.scores) {
        const bool recorded =
            std::any_of(record.scores.begin(), record.scores.end(),
                        [&](const dv::history::HistoryScore &s) { return s.code == score.code; });
        QCOMPARE(recorded, score.gate.shown);
    }
    QVERIFY(std::any_of(review.scores.begin(), review.scores.end(),
                        [](const dv::review::ScoreReview &s) { return !s.gate.shown; }));
}

void TestHistoryStore::qaRevealedPartsAreShownOnlyInQaMode()
{
    HistoryStore store(m_dir.filePath(QStringLiteral("qa.sqlite")));
    QString error;
    QVERIFY(store.open(&error));
    HistoryRecord record =
        dv::test::severityRecord(QStringLiteral("QA-1"), QStringLiteral("qa"), kMarch1, 9);
    record.qaMode = true;
    record.qaRevealed = true;
    record.topConclusion = dv::history::HistoryConclusion{QStringLiteral("EA90"),
                                                          QStringLiteral("Psoriasis"), 70, true};
    record.scores[0].qaRevealed = true;
    dv::history::HistoryScore valid;
    valid.code = QStringLiteral("dlqi");
    valid.value = 4;
    record.scores.append(valid);
    const auto id = store.add(record, &error);
    QVERIFY2(id, qPrintable(error));
    const auto back = store.fetch(*id, &error);
    QVERIFY(back->topConclusion && back->topConclusion->qaRevealed);
    QVERIFY(back->scores.at(0).qaRevealed);
    QVERIFY(!back->scores.at(1).qaRevealed);

    const HistoryRecord clinical = dv::history::visibleRecord(*back, false);
    QVERIFY(!clinical.topConclusion);
    QCOMPARE(clinical.scores.size(), 1);
    QCOMPARE(clinical.scores.at(0).code, QStringLiteral("dlqi"));
    const HistoryRecord qa = dv::history::visibleRecord(*back, true);
    QVERIFY(qa.topConclusion);
    QCOMPARE(qa.scores.size(), 2);
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_history_store.moc"
