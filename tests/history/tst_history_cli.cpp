#include "HistoryTestRecords.h"
#include "ProcessRun.h"
#include "history/HistoryStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = dv::test::ProcessRun;

Run runCli(const QStringList &arguments)
{
    return dv::test::runProcess(QStringLiteral(DV_CLI), arguments, 30000);
}

const QDateTime kMarch1(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);

} // namespace

class TestHistoryCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void text();
    void json();
    void filtersByCaseAndDate();
    void rawPrintsTheStoredResponse();
    void missingFileIsNotCreated();
    void newerSchemaIsRefused();
    void usageErrors();
    void qaRevealedOnlyWithQa();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestHistoryCli::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("history.sqlite"));
    dv::history::HistoryStore store(m_db);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QVERIFY(store.add(
        dv::test::severityRecord(QStringLiteral("PSO-0042"), QStringLiteral("rep-a"), kMarch1, 4.5),
        &error));
    auto second = dv::test::severityRecord(QStringLiteral("PSO-0042"), QStringLiteral("rep-b"),
                                           kMarch1.addDays(30), 8);
    second.topConclusion =
        dv::history::HistoryConclusion{QStringLiteral("EA90"), QStringLiteral("Psoriasis"), 91.25};
    second.qaMode = true;
    QVERIFY(store.add(second, &error));
    QVERIFY(store.add(dv::test::severityRecord(QStringLiteral("AD-7"), QStringLiteral("rep-c"),
                                               kMarch1.addDays(60), 2),
                      &error));
}

void TestHistoryCli::text()
{
    const Run run = runCli({QStringLiteral("history"), QStringLiteral("--db"), m_db});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // header, three records, footer
    QVERIFY(lines.at(0).startsWith(QLatin1String("ID")));
    QVERIFY(lines.at(1).contains(QLatin1String("AD-7"))); // newest first
    QVERIFY(lines.at(2).contains(QLatin1String("EA90 Psoriasis (91.3 %)")));
    QVERIFY(lines.at(2).contains(QLatin1String("[QA]")));
    QVERIFY(lines.at(2).contains(QLatin1String("pasi 8 (Moderate)")));
    QVERIFY(lines.at(3).contains(QLatin1String("2026-03-01 09:30")));
    QVERIFY(lines.at(3).contains(QLatin1String("rep-a")));
    QVERIFY(lines.at(4).contains(QLatin1String("3 record(s)")));
    QVERIFY(lines.at(4).contains(QLatin1String("not a diagnosis")));
}

void TestHistoryCli::json()
{
    const Run run =
        runCli({QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--db"), m_db});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject document = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.value(QStringLiteral("schemaVersion")).toInt(),
             dv::history::HistoryStore::schemaVersion());
    const QJsonArray records = document.value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 3);
    const QJsonObject b = records.at(1).toObject();
    QCOMPARE(b.value(QStringLiteral("reportId")).toString(), QStringLiteral("rep-b"));
    QCOMPARE(b.value(QStringLiteral("caseReference")).toString(), QStringLiteral("PSO-0042"));
    QCOMPARE(b.value(QStringLiteral("qaMode")).toBool(), true);
    QCOMPARE(b.value(QStringLiteral("issuedAt")).toString(),
             QStringLiteral("2026-03-31T09:30:00.000Z"));
    QCOMPARE(b.value(QStringLiteral("topConclusion"))
                 .toObject()
                 .value(QStringLiteral("probability"))
                 .toDouble(),
             91.25);
    const QJsonObject pasi = b.value(QStringLiteral("scores")).toArray().at(0).toObject();
    QCOMPARE(pasi.value(QStringLiteral("value")).toDouble(), 8.0);
    QCOMPARE(pasi.value(QStringLiteral("bands")).toArray().size(), 3);
    QVERIFY(pasi.value(QStringLiteral("bands"))
                .toArray()
                .at(2)
                .toObject()
                .value(QStringLiteral("max"))
                .isNull());
    QCOMPARE(b.value(QStringLiteral("images")).toArray().size(), 2);
    QCOMPARE(b.value(QStringLiteral("images"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("sha256"))
                 .toString()
                 .size(),
             64);
    QVERIFY(records.at(0).toObject().value(QStringLiteral("topConclusion")).isNull());
    // Nothing secret is in the store to print.
    QVERIFY(!run.out.contains("password"));
    QVERIFY(!run.out.contains("token"));
}

void TestHistoryCli::filtersByCaseAndDate()
{
    Run run =
        runCli({QStringLiteral("history"), QStringLiteral("--case"), QStringLiteral("PSO-0042"),
                QStringLiteral("--json"), QStringLiteral("--db"), m_db});
    QCOMPARE(run.exitCode, 0);
    QJsonArray records =
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 2);
    for (const QJsonValue &record : records)
        QCOMPARE(record.toObject().value(QStringLiteral("caseReference")).toString(),
                 QStringLiteral("PSO-0042"));
    run = runCli({QStringLiteral("history"), QStringLiteral("--from"), QStringLiteral("2026-03-15"),
                  QStringLiteral("--to"), QStringLiteral("2026-04-15"), QStringLiteral("--json"),
                  QStringLiteral("--db"), m_db});
    records = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).toObject().value(QStringLiteral("reportId")).toString(),
             QStringLiteral("rep-b"));
    run = runCli({QStringLiteral("history"), QStringLiteral("--case"), QStringLiteral("NOBODY"),
                  QStringLiteral("--db"), m_db});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("No records match."));
}

void TestHistoryCli::rawPrintsTheStoredResponse()
{
    const Run run = runCli({QStringLiteral("history"), QStringLiteral("--raw"), QStringLiteral("2"),
                            QStringLiteral("--db"), m_db});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("{\"reportId\":\"rep-b\"}"));
    const Run missing = runCli({QStringLiteral("history"), QStringLiteral("--raw"),
                                QStringLiteral("99"), QStringLiteral("--db"), m_db});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.err.contains(QLatin1String("no record 99")));
}

void TestHistoryCli::missingFileIsNotCreated()
{
    const QString path = m_dir.filePath(QStringLiteral("none/history.sqlite"));
    const Run run =
        runCli({QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--db"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.contains(QLatin1String("No history yet")));
    QCOMPARE(
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("records")).toArray().size(),
        0);
    QVERIFY(!QFile::exists(path));
}

void TestHistoryCli::newerSchemaIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("f"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(QStringLiteral("PRAGMA user_version = 7"), db);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("f"));
    const Run run = runCli({QStringLiteral("history"), QStringLiteral("--db"), path});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QLatin1String("newer version of Dermaview")), qPrintable(run.err));
}

void TestHistoryCli::usageErrors()
{
    QCOMPARE(runCli({QStringLiteral("history"), QStringLiteral("--from"),
                     QStringLiteral("yesterday"), QStringLiteral("--db"), m_db})
                 .exitCode,
             2);
    QCOMPARE(runCli({QStringLiteral("history"), QStringLiteral("--raw"), QStringLiteral("x"),
                     QStringLiteral("--db"), m_db})
                 .exitCode,
             2);
    QCOMPARE(runCli({QStringLiteral("history"), QStringLiteral("extra")}).exitCode, 2);
}

void TestHistoryCli::qaRevealedOnlyWithQa()
{
    const QString path = m_dir.filePath(QStringLiteral("qa.sqlite"));
    {
        dv::history::HistoryStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        auto record = dv::test::severityRecord(QStringLiteral("QA-1"), QStringLiteral("rep-qa"),
                                               kMarch1, 9.5);
        record.qaMode = true;
        record.qaRevealed = true;
        record.topConclusion = dv::history::HistoryConclusion{
            QStringLiteral("EA90"), QStringLiteral("Psoriasis"), 70, true};
        record.scores[0].qaRevealed = true;
        QVERIFY(store.add(record, &error));
    }
    Run run = runCli({QStringLiteral("history"), QStringLiteral("--db"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.contains("EA90"));
    QVERIFY(!run.out.contains("9.5"));
    run =
        runCli({QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--db"), path});
    QJsonObject record = QJsonDocument::fromJson(run.out)
                             .object()
                             .value(QStringLiteral("records"))
                             .toArray()
                             .at(0)
                             .toObject();
    QVERIFY(record.value(QStringLiteral("topConclusion")).isNull());
    QCOMPARE(record.value(QStringLiteral("scores")).toArray().size(), 0);
    run = runCli({QStringLiteral("history"), QStringLiteral("--qa"), QStringLiteral("--db"), path});
    QVERIFY(run.out.contains("EA90 Psoriasis (70.0 %) [QA]"));
    QVERIFY(run.out.contains("pasi 9.5 (Moderate) [QA]"));
    QVERIFY(run.err.contains(QLatin1String("NOT FOR CLINICAL USE")));
}

QTEST_GUILESS_MAIN(TestHistoryCli)
#include "tst_history_cli.moc"
