// Child process of tst_history_store's kill test: writes records to the store in a loop and
// prints "committed REPORT-ID" after each add() returned, until it is killed.
#include "history/HistoryStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: history_writer DB PREFIX\n");
        return 2;
    }
    const QString prefix = QString::fromLocal8Bit(argv[2]);
    dv::history::HistoryStore store(QString::fromLocal8Bit(argv[1]));
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("open\n");
    std::fflush(stdout);
    for (int i = 0;; ++i) {
        const QString reportId = QStringLiteral("%1-%2").arg(prefix).arg(i);
        dv::history::HistoryRecord record;
        record.reportId = reportId;
        record.issued = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        record.kind = QStringLiteral("severity-assessment");
        record.caseReference = prefix;
        record.bodySite = QStringLiteral("trunkBack");
        for (int s = 0; s < 3; ++s) {
            dv::history::HistoryScore score;
            score.code = QStringLiteral("score%1").arg(s);
            score.value = i + s;
            score.bands = {{0.0, 10.0, QStringLiteral("Low")}};
            record.scores.append(score);
        }
        for (int p = 0; p < 2; ++p) {
            dv::history::HistoryImage image;
            image.uploadBytes = QByteArray(1024, char('a' + p)) + reportId.toUtf8();
            record.images.append(image);
        }
        // Large enough that a kill often lands inside the write.
        record.rawJson =
            QJsonDocument(QJsonObject{{QStringLiteral("reportId"), reportId},
                                      {QStringLiteral("pad"),
                                       QString(200000 + (i % 7) * 10000, QLatin1Char('x'))}})
                .toJson(QJsonDocument::Compact);
        if (!store.add(record, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("committed %s\n", qPrintable(reportId));
        std::fflush(stdout);
    }
}
