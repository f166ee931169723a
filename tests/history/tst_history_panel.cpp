#include "HistoryTestRecords.h"
#include "MainWindow.h"
#include "case/CasePanel.h"
#include "history/CaseDetailsForm.h"
#include "history/FollowUpView.h"
#include "history/HistoryPanel.h"
#include "history/HistoryRecorder.h"
#include "history/HistoryStore.h"
#include "severity/BodySiteBox.h"

#include <QAbstractSeries>
#include <QAction>
#include <QAreaSeries>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>

using dv::history::HistoryStore;
using dv::ui::MainWindow;

namespace {

/// Saves `widget` as DIR/name.png when DV_HISTORY_SNAPSHOT_DIR is set (for a person to look
/// at under xvfb; see the README).
void snapshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DV_HISTORY_SNAPSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QByteArray pngOf(const QColor &color)
{
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void analyse(MainWindow &window, const QString &photo)
{
    QSignalSpy loaded(&window, &MainWindow::imageLoaded);
    window.openImages({photo});
    QTRY_COMPARE(loaded.size(), 1);
    window.findChild<dv::ui::CasePanel *>()->analyseAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.caseSession().review().has_value(), 60000);
}

} // namespace

class TestHistoryPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void menuEntryAndShortcut();
    void recordsAnAnalysisAndReopensIt();
    void withheldConclusionIsNotRecorded();
    void followUpChartAndPhotos();
    void qaRevealedRecordsOnlyInQaMode();
};

void TestHistoryPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHistoryPanel::init()
{
    QSettings().clear();
    // Each test starts with no history.
    const QString path = HistoryStore::defaultPath();
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    QDir(HistoryStore(path).photoDirectory()).removeRecursively();
}

void TestHistoryPanel::menuEntryAndShortcut()
{
    MainWindow window;
    QAction *history = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu() ? menu->menu()->actions() : QList<QAction *>{}) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_H))
                history = action;
        }
    }
    QVERIFY(history);
    QCOMPARE(history->text(), QStringLiteral("&History…"));
    // The photo opt-in is off by default, and remembered.
    auto *details = window.findChild<dv::ui::CaseDetailsForm *>();
    QVERIFY(details);
    QVERIFY(!details->keepPhotosBox()->isChecked());
    QVERIFY(details->caseReferenceEdit()->toolTip().contains(QLatin1String("pseudonymous")));
    details->keepPhotosBox()->setChecked(true);
    QVERIFY(QSettings().value(dv::ui::CaseDetailsForm::keepPhotosSettingsKey()).toBool());
}

void TestHistoryPanel::recordsAnAnalysisAndReopensIt()
{
    MainWindow window;
    window.show();
    auto *details = window.findChild<dv::ui::CaseDetailsForm *>();
    details->caseReferenceEdit()->setText(QStringLiteral("  PSO-0042 "));
    // Chosen from the server's /body-sites and recorded by code, as a severity assessment
    // records it, so follow-up matches them; "Not stated" until chosen.
    QTRY_VERIFY(details->bodySiteBox()->count() > 30);
    QVERIFY(details->bodySiteBox()->isEnabled());
    QCOMPARE(details->details().bodySite, QString());
    QVERIFY(details->bodySiteBox()->setCurrentCode(QStringLiteral("armLeft")));
    details->keepPhotosBox()->setChecked(true);
    QSignalSpy recorded(window.historyRecorder(), &dv::ui::HistoryRecorder::recorded);
    analyse(window, QStringLiteral(DV_SHARED_IMAGES "/nevus.jpg"));
    QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, 20000);
    const QByteArray raw = window.caseSession().rawResponse();
    const QString reportId = window.caseSession().review()->reportId;
    const QByteArray upload = window.caseSession().photos().at(0).uploadBytes;

    // What was written, read back through a store of the test's own.
    {
        HistoryStore store(HistoryStore::defaultPath());
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const auto record = store.fetch(recorded.at(0).at(0).toLongLong(), &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->reportId, reportId);
        QCOMPARE(record->caseReference, QStringLiteral("PSO-0042"));
        QCOMPARE(record->bodySite, QStringLiteral("armLeft"));
        QCOMPARE(record->kind, QStringLiteral("diagnosis-support"));
        QCOMPARE(record->serverLabel, window.backend().serverLabel());
        QVERIFY(!record->qaMode);
        QCOMPARE(record->rawJson, raw);
        QCOMPARE(record->images.size(), 1);
        QCOMPARE(record->images.at(0).sha256.toLatin1(),
                 QCryptographicHash::hash(upload, QCryptographicHash::Sha256).toHex());
        QVERIFY(!record->images.at(0).photoFile.isEmpty());
        if (window.caseSession().review()->aggregate.shown) {
            QVERIFY(record->topConclusion);
            QCOMPARE(record->topConclusion->code,
                     window.caseSession().review()->differential.ranked.at(0).code);
        }
    }

    // Discard the result (a new photo), then reopen the record from the panel.
    window.caseSession().removePhoto(0);
    QVERIFY(!window.caseSession().review());
    window.showHistory();
    dv::ui::HistoryPanel *panel = window.historyPanel();
    QVERIFY(panel);
    QTRY_COMPARE(panel->table()->rowCount(), 1);
    QVERIFY(panel->table()->item(0, 1)->text() == QStringLiteral("PSO-0042"));
    QVERIFY(panel->table()->item(0, 6)->text() == reportId);
    QCOMPARE(panel->table()->item(0, 3)->text(), QStringLiteral("Left arm")); // named, not coded
    // The search narrows the table.
    panel->searchField()->setText(QStringLiteral("nobody"));
    QTRY_COMPARE(panel->table()->rowCount(), 0);
    panel->searchField()->setText(QStringLiteral("pso-00"));
    QTRY_COMPARE(panel->table()->rowCount(), 1);
    panel->table()->selectRow(0);
    QVERIFY(panel->reopenButton()->isEnabled());
    snapshot(panel, QStringLiteral("history-records"));
    panel->reopenButton()->click();
    QTRY_VERIFY(window.caseSession().review().has_value());
    QVERIFY(window.caseSession().resultIsReopened());
    QCOMPARE(window.caseSession().review()->reportId, reportId);
    QCOMPARE(window.caseSession().rawResponse(), raw);
    QVERIFY(window.errorMessage().isEmpty());
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("history record")) &&
                 window.statusBar()->currentMessage().contains(QLatin1String("PSO-0042")),
             qPrintable(window.statusBar()->currentMessage()));
    snapshot(&window, QStringLiteral("history-reopened-window"));
}

void TestHistoryPanel::withheldConclusionIsNotRecorded()
{
    MainWindow window;
    window.show();
    window.findChild<dv::ui::CaseDetailsForm *>()->caseReferenceEdit()->setText(
        QStringLiteral("INV-1"));
    QSignalSpy recorded(window.historyRecorder(), &dv::ui::HistoryRecorder::recorded);
    analyse(window, QStringLiteral(DV_SHARED_IMAGES "/invalid.png"));
    QVERIFY(!window.caseSession().review()->aggregate.shown);
    QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, 20000);
    HistoryStore store(HistoryStore::defaultPath());
    QString error;
    QVERIFY(store.open(&error));
    const auto record = store.fetch(recorded.at(0).at(0).toLongLong(), &error);
    QVERIFY(record);
    QVERIFY(!record->topConclusion);
    QVERIFY(!record->qaMode);
    QVERIFY(record->images.at(0).photoFile.isEmpty()); // photos not kept without the opt-in
}

void TestHistoryPanel::followUpChartAndPhotos()
{
    {
        HistoryStore store(HistoryStore::defaultPath());
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const QDateTime start(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC);
        const QVector<double> pasi{12.4, 7.9, 3.1};
        const QVector<QColor> colours{QColor(190, 90, 80), QColor(200, 140, 120),
                                      QColor(220, 185, 170)};
        for (int visit = 0; visit < 3; ++visit) {
            auto record = dv::test::severityRecord(QStringLiteral("PSO-9"),
                                                   QStringLiteral("visit-%1").arg(visit),
                                                   start.addDays(28 * visit), pasi.at(visit));
            record.images = {dv::history::HistoryImage{}};
            record.images[0].uploadBytes = pngOf(colours.at(visit));
            record.images[0].photoSuffix = QStringLiteral("png");
            record.images[0].keepPhoto = true;
            QVERIFY2(store.add(record, &error), qPrintable(error));
        }
    }
    MainWindow window;
    window.showHistory();
    dv::ui::HistoryPanel *panel = window.historyPanel();
    QTRY_COMPARE(panel->table()->rowCount(), 3);
    panel->table()->selectRow(0);
    QVERIFY(panel->followUpButton()->isEnabled());
    dv::ui::FollowUpView *followUp = panel->followUp();
    QSignalSpy loaded(followUp, &dv::ui::FollowUpView::loaded);
    QSignalSpy photos(followUp, &dv::ui::FollowUpView::photosShown);
    panel->followUpButton()->click();
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(panel->tabs()->currentWidget(), followUp);
    QTRY_COMPARE(followUp->caseBox()->count(), 1);
    QCOMPARE(followUp->caseBox()->currentText(), QStringLiteral("PSO-9"));
    QCOMPARE(followUp->records().size(), 3);
    QCOMPARE(followUp->scoringSystemBox()->currentData().toString(), QStringLiteral("pasi"));

    QChart *chart = followUp->chartView()->chart();
    int bands = 0;
    QLineSeries *values = nullptr;
    for (QAbstractSeries *series : chart->series()) {
        if (series->type() == QAbstractSeries::SeriesTypeArea)
            ++bands;
        else if (series->type() == QAbstractSeries::SeriesTypeLine)
            values = static_cast<QLineSeries *>(series);
    }
    QCOMPARE(bands, 3); // Mild, Moderate, Severe shaded
    QVERIFY(values);
    QCOMPARE(values->count(), 3);
    QCOMPARE(values->at(0).y(), 12.4);
    QCOMPARE(values->at(2).y(), 3.1);
    QVERIFY(values->at(0).x() < values->at(1).x());

    // Earliest against latest photo of the body site.
    QCOMPARE(followUp->bodySiteBox()->count(), 1);
    QCOMPARE(followUp->beforeBox()->count(), 3);
    QCOMPARE(followUp->beforeBox()->currentIndex(), 0);
    QCOMPARE(followUp->afterBox()->currentIndex(), 2);
    QTRY_COMPARE(photos.size(), 1);
    const QImage before = followUp->beforePhoto()->pixmap().toImage();
    const QImage after = followUp->afterPhoto()->pixmap().toImage();
    QVERIFY(!before.isNull() && !after.isNull());
    QCOMPARE(before.pixelColor(5, 5), QColor(190, 90, 80));
    QCOMPARE(after.pixelColor(5, 5), QColor(220, 185, 170));
    panel->resize(1100, 900);
    QTest::qWait(50);
    snapshot(panel, QStringLiteral("history-followup"));
}

void TestHistoryPanel::qaRevealedRecordsOnlyInQaMode()
{
    {
        HistoryStore store(HistoryStore::defaultPath());
        QString error;
        QVERIFY(store.open(&error));
        auto record = dv::test::severityRecord(QStringLiteral("QA-1"), QStringLiteral("qa"),
                                               QDateTime::currentDateTimeUtc(), 9.5);
        record.qaMode = true;
        record.topConclusion = dv::history::HistoryConclusion{
            QStringLiteral("EA90"), QStringLiteral("Psoriasis"), 70, true};
        record.scores[0].qaRevealed = true;
        QVERIFY(store.add(record, &error));
    }
    MainWindow window;
    window.showHistory();
    dv::ui::HistoryPanel *panel = window.historyPanel();
    QTRY_COMPARE(panel->table()->rowCount(), 1);
    QVERIFY(panel->table()->item(0, 4)->text().isEmpty()); // conclusion
    QVERIFY(panel->table()->item(0, 5)->text().isEmpty()); // scores
    window.setQaMode(true, false);
    QVERIFY(panel->table()->item(0, 4)->text().contains(QLatin1String("EA90")));
    QVERIFY(panel->table()->item(0, 5)->text().contains(QLatin1String("PASI")));
    QVERIFY(panel->table()->item(0, 4)->toolTip().contains(QLatin1String("NOT FOR CLINICAL USE")));
    window.setQaMode(false, false);
    QVERIFY(panel->table()->item(0, 4)->text().isEmpty());
}

QTEST_MAIN(TestHistoryPanel)
#include "tst_history_panel.moc"
