#include "HistoryCommand.h"

#include "cli/ExitCode.h"
#include "history/HistoryStore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace dv::cli {

namespace {

using history::HistoryRecord;

QJsonObject toJson(const HistoryRecord &record)
{
    QJsonObject object{
        {QStringLiteral("id"), record.id},
        {QStringLiteral("reportId"), record.reportId},
        {QStringLiteral("issued"), record.issued},
        {QStringLiteral("issuedAt"), record.issuedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("recordedAt"), record.recordedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("kind"), record.kind},
        {QStringLiteral("server"), record.serverLabel},
        {QStringLiteral("user"), record.userName},
        {QStringLiteral("caseReference"), record.caseReference},
        {QStringLiteral("bodySite"), record.bodySite},
        {QStringLiteral("qaMode"), record.qaMode},
        {QStringLiteral("qaRevealed"), record.qaRevealed},
    };
    if (record.topConclusion) {
        object.insert(
            QStringLiteral("topConclusion"),
            QJsonObject{{QStringLiteral("code"), record.topConclusion->code},
                        {QStringLiteral("display"), record.topConclusion->display},
                        {QStringLiteral("probability"), record.topConclusion->probability},
                        {QStringLiteral("qaRevealed"), record.topConclusion->qaRevealed}});
    } else {
        object.insert(QStringLiteral("topConclusion"), QJsonValue::Null);
    }
    QJsonArray scores;
    for (const history::HistoryScore &score : record.scores) {
        QJsonArray bands;
        for (const history::HistoryBand &band : score.bands) {
            QJsonObject b{{QStringLiteral("text"), band.text}};
            b.insert(QStringLiteral("min"), band.min ? QJsonValue(*band.min) : QJsonValue::Null);
            b.insert(QStringLiteral("max"), band.max ? QJsonValue(*band.max) : QJsonValue::Null);
            bands.append(b);
        }
        scores.append(QJsonObject{
            {QStringLiteral("code"), score.code},
            {QStringLiteral("name"), score.name},
            {QStringLiteral("value"), score.value ? QJsonValue(*score.value) : QJsonValue::Null},
            {QStringLiteral("interpretation"), score.interpretation},
            {QStringLiteral("bands"), bands},
            {QStringLiteral("qaRevealed"), score.qaRevealed}});
    }
    object.insert(QStringLiteral("scores"), scores);
    QJsonArray images;
    for (const history::HistoryImage &image : record.images)
        images.append(QJsonObject{{QStringLiteral("sha256"), image.sha256},
                                  {QStringLiteral("photoKept"), !image.photoFile.isEmpty()}});
    object.insert(QStringLiteral("images"), images);
    return object;
}

QString conclusionText(const HistoryRecord &record)
{
    if (!record.topConclusion)
        return QStringLiteral("—");
    return QStringLiteral("%1 %2 (%3 %)%4")
        .arg(record.topConclusion->code, record.topConclusion->display,
             QLocale().toString(record.topConclusion->probability, 'f', 1),
             record.topConclusion->qaRevealed ? QStringLiteral(" [QA]") : QString());
}

QString scoresText(const HistoryRecord &record)
{
    QStringList parts;
    for (const history::HistoryScore &score : record.scores)
        parts << QStringLiteral("%1 %2%3%4")
                     .arg(score.code,
                          score.value ? QLocale().toString(*score.value, 'g', 4)
                                      : QStringLiteral("—"),
                          score.interpretation.isEmpty()
                              ? QString()
                              : QStringLiteral(" (%1)").arg(score.interpretation),
                          score.qaRevealed ? QStringLiteral(" [QA]") : QString());
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(", "));
}

/// Left-aligned columns, each as wide as its widest cell.
void printTable(const QVector<QStringList> &rows, QTextStream &out)
{
    QVector<qsizetype> widths;
    for (const QStringList &row : rows) {
        widths.resize(std::max(widths.size(), row.size()));
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i);
        out << line << '\n';
    }
}

QDateTime parseDate(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            time = date.startOfDay(Qt::UTC);
    }
    return time;
}

} // namespace

int HistoryCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption caseOption(QStringLiteral("case"),
                                        tr("Only the records of this case reference."),
                                        QStringLiteral("REF"));
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          tr("Records whose case, report id, conclusion, body "
                                             "site, server or user contains TEXT."),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        tr("Issued on or after DATE (YYYY-MM-DD, UTC)."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Issued before DATE (UTC)."),
                                      QStringLiteral("DATE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON instead of text."));
    const QCommandLineOption qaOption(
        QStringLiteral("qa"), tr("QA mode: also show conclusions and scores that only QA mode "
                                 "revealed when they were recorded, marked NOT FOR CLINICAL USE."));
    const QCommandLineOption rawOption(
        QStringLiteral("raw"), tr("Print the stored response of record ID (inspect reads it)."),
        QStringLiteral("ID"));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The history file."),
                                      QStringLiteral("PATH"), history::HistoryStore::defaultPath());
    parser.addOptions({caseOption, searchOption, fromOption, toOption, jsonOption, qaOption,
                       rawOption, dbOption});
    if (!parser.parse(QStringList{QStringLiteral("history")} + arguments)) {
        err << parser.errorText() << '\n';
        return UsageError;
    }
    const QString usage =
        tr("Usage: dermaview-cli history [--case REF] [--search TEXT] [--from DATE] [--to DATE] "
           "[--json] [--qa] [--raw ID] [--db PATH]");
    if (!parser.positionalArguments().isEmpty()) {
        err << usage << '\n';
        return UsageError;
    }
    history::HistoryQuery query;
    query.caseReference = parser.value(caseOption);
    query.text = parser.value(searchOption);
    query.limit = -1;
    for (const auto &[option, target] :
         {std::pair{&fromOption, &query.from}, std::pair{&toOption, &query.to}}) {
        if (!parser.isSet(*option))
            continue;
        *target = parseDate(parser.value(*option));
        if (!target->isValid()) {
            err << tr("--%1 expects a date such as 2026-03-01, not \"%2\".")
                       .arg(option->names().constFirst(), parser.value(*option))
                << '\n';
            return UsageError;
        }
    }
    qint64 rawId = 0;
    if (parser.isSet(rawOption)) {
        bool ok = false;
        rawId = parser.value(rawOption).toLongLong(&ok);
        if (!ok || rawId <= 0) {
            err << tr("--raw expects a record id (a positive number).") << '\n';
            return UsageError;
        }
    }

    const QString path = parser.value(dbOption);
    if (!QFileInfo::exists(path)) {
        // Reading must not create the file: nothing has been recorded yet.
        if (rawId > 0) {
            err << tr("%1: there is no history file yet.").arg(path) << '\n';
            return InvalidInput;
        }
        err << tr("No history yet (%1 does not exist).").arg(path) << '\n';
        if (parser.isSet(jsonOption))
            out << QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("database"), path},
                                          {QStringLiteral("records"), QJsonArray()}})
                    .toJson(QJsonDocument::Indented));
        return Reviewed;
    }
    history::HistoryStore store(path);
    QString error;
    if (!store.open(&error)) {
        err << error << '\n';
        return InvalidInput;
    }
    if (rawId > 0) {
        const auto record = store.fetch(rawId, &error);
        if (!record) {
            err << error << '\n';
            return InvalidInput;
        }
        out << QString::fromUtf8(record->rawJson);
        return Reviewed;
    }
    const auto found = store.search(query, &error);
    if (!found) {
        err << error << '\n';
        return InvalidInput;
    }
    // Outside --qa, what QA mode alone revealed stays withheld, as in `inspect`.
    const bool qa = parser.isSet(qaOption);
    QVector<HistoryRecord> shown;
    for (const HistoryRecord &record : *found)
        shown.append(history::visibleRecord(record, qa));
    const QVector<HistoryRecord> *records = &shown;
    if (qa)
        err << tr("QA mode: NOT FOR CLINICAL USE.") << '\n';
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const HistoryRecord &record : *records)
            array.append(toJson(record));
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("database"), path},
                                                           {QStringLiteral("schemaVersion"),
                                                            history::HistoryStore::schemaVersion()},
                                                           {QStringLiteral("qaMode"), qa},
                                                           {QStringLiteral("records"), array}})
                                     .toJson(QJsonDocument::Indented));
        return Reviewed;
    }
    if (records->isEmpty()) {
        out << tr("No records match.") << '\n';
        return Reviewed;
    }
    QVector<QStringList> rows{{tr("ID"), tr("Issued (UTC)"), tr("Case"), tr("Kind"),
                               tr("Body site"), tr("Top conclusion"), tr("Scores"), tr("Report")}};
    for (const HistoryRecord &record : *records) {
        QString kind = record.kind;
        if (record.qaMode)
            kind += QLatin1Char(' ') + tr("[QA]");
        rows << QStringList{QString::number(record.id),
                            record.issuedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            record.caseReference.isEmpty() ? QStringLiteral("—")
                                                           : record.caseReference,
                            kind,
                            record.bodySite.isEmpty() ? QStringLiteral("—") : record.bodySite,
                            conclusionText(record),
                            scoresText(record),
                            record.reportId};
    }
    printTable(rows, out);
    out << tr("%n record(s). Preliminary — AI decision support, not a diagnosis.", nullptr,
              static_cast<int>(records->size()))
        << '\n';
    return Reviewed;
}

} // namespace dv::cli
