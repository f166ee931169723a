#include "MainWindow.h"
#include "OpenResponseFile.h"
#include "case/CasePanel.h"
#include "export/ExportActions.h"
#include "review/Review.h"
#include "viewer/OverlayViewer.h"

#include <QAction>
#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using dv::ui::ExportActions;
using dv::ui::MainWindow;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal("pdftotext failed on %s", qPrintable(pdf));
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

class TestExportWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void reopenedResponseExportsWithoutPhotos();
    void analysedPhotoExportsPdfAndView();
    void failureIsShownAndLeavesNoFile();

private:
    QTemporaryDir m_dir;
};

void TestExportWindow::initTestCase()
{
    // DV_KEEP_EXPORTS=1 keeps the PDFs and PNGs for a person to look at.
    if (qEnvironmentVariableIsSet("DV_KEEP_EXPORTS")) {
        m_dir.setAutoRemove(false);
        qInfo("exports kept in %s", qPrintable(m_dir.path()));
    }
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestExportWindow::init()
{
    QSettings().clear();
}

void TestExportWindow::reopenedResponseExportsWithoutPhotos()
{
    MainWindow window;
    window.show();
    ExportActions *actions = window.exportActions();
    QVERIFY(!actions->exportPdfAction()->isEnabled());
    QVERIFY(!actions->exportViewAction()->isEnabled());
    QCOMPARE(actions->exportPdfAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(dv::test::openResponseFile(window,
                                       QStringLiteral(DV_FIXTURES "/seed/diagnosis-support.json")));
    QVERIFY(actions->exportPdfAction()->isEnabled());
    QVERIFY(!actions->exportViewAction()->isEnabled()); // no photo on screen

    QSignalSpy exported(actions, &ExportActions::exported);
    const QString pdf = m_dir.filePath("reopened.pdf");
    QVERIFY(actions->exportPdf(pdf));
    QVERIFY(actions->isBusy());
    QVERIFY(!actions->exportPdf(pdf)); // one at a time
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 60000);
    QVERIFY(!actions->isBusy());
    const QString text = pdfText(pdf);
    QVERIFY(text.contains("f426f15d-fcea-4bd0-942e-7528bf163c5d"));
    QVERIFY(text.contains("The photos are not part of this export"));
    QVERIFY(text.contains("reopened from a saved response"));
    QVERIFY(text.contains(dv::review::Reviewer::disclaimer()));
}

void TestExportWindow::analysedPhotoExportsPdfAndView()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::imageLoaded);
    window.openImages({QStringLiteral(DV_SHARED_IMAGES "/eczema.jpg")});
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
    auto *panel = window.findChild<dv::ui::CasePanel *>();
    panel->analyseAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.caseSession().review().has_value(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(window.viewer()->hasHeatMap(), 30000);
    const dv::review::Review review = *window.caseSession().review();

    ExportActions *actions = window.exportActions();
    QSignalSpy exported(actions, &ExportActions::exported);
    const QString pdf = m_dir.filePath("analysed.pdf");
    QVERIFY(actions->exportPdf(pdf));
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 60000);
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(review.reportId));
    QVERIFY(text.contains("embedded sandbox"));
    QVERIFY(text.contains(
        QStringLiteral("Heat map of 1. %1").arg(review.images[0].differential.ranked[0].code)));
    QVERIFY(!text.contains("The photos are not part of this export"));

    QVERIFY(actions->exportViewAction()->isEnabled());
    const QString png = m_dir.filePath("view.png");
    QVERIFY(actions->exportView(png));
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 2, 30000);
    QImageReader reader(png);
    QCOMPARE(reader.text("Report"), review.reportId);
    QVERIFY(reader.text("Comment").contains(review.images[0].differential.ranked[0].code));
    const QImage image = reader.read();
    const QImage view = window.viewer()->grabView();
    QCOMPARE(image.width(), view.width());
    QVERIFY(image.height() > view.height());
}

void TestExportWindow::failureIsShownAndLeavesNoFile()
{
    MainWindow window;
    window.show();
    QVERIFY(dv::test::openResponseFile(window,
                                       QStringLiteral(DV_FIXTURES "/seed/diagnosis-support.json")));
    QSignalSpy failed(window.exportActions(), &ExportActions::failed);
    const QString pdf = m_dir.filePath("missing-folder/out.pdf");
    QVERIFY(window.exportActions()->exportPdf(pdf));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 60000);
    QVERIFY2(window.errorMessage().contains(pdf), qPrintable(window.errorMessage()));
    QVERIFY(!QFile::exists(pdf));
}

QTEST_MAIN(TestExportWindow)
#include "tst_export_window.moc"
