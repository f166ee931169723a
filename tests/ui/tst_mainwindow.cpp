#include "GlobalPoolHold.h"
#include "MainWindow.h"
#include "OpenResponseFile.h"
#include "ScreenshotRun.h"
#include "case/CasePanel.h"
#include "common/WorkerPool.h"
#include "result/DifferentialBars.h"
#include "result/DifferentialSection.h"
#include "result/ImageReviewPanel.h"
#include "result/ResultPanel.h"
#include "viewer/OverlayViewer.h"
#include "viewer/PhotoCanvas.h"

#include <QAction>
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QListWidgetItem>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using dv::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensAndShowsPhotos();
    void corruptFileKeepsWhatIsOpen();
    void exifOrientationApplied();
    void startsOnTheSandboxWithItsBadge();
    void keepsTheOrderPhotosWereGivenIn();
    void refusesAFourthPhoto();
    void dragReordersTheCase();
    void analysesAndSavesTheRawResponse();
    void refusesAFileWithoutClinicalResult();
    void savedResponseReadOffTheGuiThread();
    void qaModeIsOffByDefaultAndRemembered();
    void wholeReviewFlow();
    void screenshotWaitsForTheHeatMap();

private:
    QString writeImage(const QString &name, const QSize &size, const QColor &color);
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    QSettings().clear(); // each test starts as a first run, whatever an earlier run left
}

QString TestMainWindow::writeImage(const QString &name, const QSize &size, const QColor &color)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    const QString path = m_dir.filePath(name);
    if (!image.save(path))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestMainWindow::opensAndShowsPhotos()
{
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::imageLoaded);
    window.openImages({writeImage("a.png", QSize(641, 479), Qt::red),
                       writeImage("b.jpg", QSize(300, 200), Qt::blue)});
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(window.pendingLoads(), 0);
    QCOMPARE(window.photoList()->count(), 2);
    QVERIFY(!window.viewer()->canvas()->photo().isNull());
    const QSize shown = window.viewer()->canvas()->photo().size();
    QVERIFY(shown == QSize(641, 479) || shown == QSize(300, 200));
    // Never upscaled, aspect ratio kept.
    const QRectF drawn = window.viewer()->canvas()->photoRect();
    QVERIFY(drawn.width() <= shown.width() && drawn.height() <= shown.height());
    QVERIFY(qAbs(double(drawn.width()) / drawn.height() - double(shown.width()) / shown.height()) <
            0.02);
}

void TestMainWindow::corruptFileKeepsWhatIsOpen()
{
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::imageLoaded);
    window.openImages({writeImage("good.png", QSize(64, 48), Qt::green)});
    QTRY_COMPARE(loaded.size(), 1);
    const QString corrupt = m_dir.filePath("corrupt.jpg");
    QFile file(corrupt);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\xff\xd8\xff\xe0 this is not a jpeg", 24));
    file.close();
    window.openImages({corrupt});
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(loaded.at(1).at(1).toBool(), false);
    // The failure stays listed, cannot be selected, and names the file.
    QCOMPARE(window.photoList()->count(), 2);
    QCOMPARE(window.failedPaths(), QStringList{corrupt});
    const QListWidgetItem *failed = window.photoList()->item(1);
    QVERIFY(!(failed->flags() & Qt::ItemIsSelectable));
    QVERIFY(failed->text().contains(QLatin1String("corrupt.jpg")));
    QVERIFY(failed->toolTip().contains(QLatin1String("corrupt.jpg")));
    QCOMPARE(window.viewer()->canvas()->photo().size(), QSize(64, 48));
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("corrupt.jpg")));
}

void TestMainWindow::exifOrientationApplied()
{
    // A 60x20 JPEG tagged "rotate 90° clockwise" (orientation 6) must show as 20x60.
    QImage image(60, 20, QImage::Format_RGB32);
    image.fill(Qt::white);
    QByteArray jpeg;
    {
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "JPEG"));
    }
    // Minimal APP1/Exif segment: big-endian TIFF, one IFD entry 0x0112 (Orientation) = 6.
    const QByteArray tiff =
        QByteArray::fromHex("4d4d002a00000008000101120003000000010006000000000000");
    QByteArray app1 = "Exif" + QByteArray(2, '\0') + tiff;
    const auto length = static_cast<int>(app1.size() + 2);
    QByteArray segment = QByteArray::fromHex("ffe1");
    segment.append(char(length >> 8)).append(char(length & 0xff)).append(app1);
    jpeg.insert(2, segment);
    const QString path = m_dir.filePath("rotated.jpg");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(jpeg);
    file.close();

    MainWindow window;
    QSignalSpy loaded(&window, &MainWindow::imageLoaded);
    window.openImages({path});
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(window.viewer()->canvas()->photo().size(), QSize(20, 60));
}

void TestMainWindow::startsOnTheSandboxWithItsBadge()
{
    MainWindow window;
    window.show();
    QVERIFY(window.backend().isSandbox());
    QVERIFY(window.sandboxBadge()->isVisible());
    QVERIFY(window.sandboxBadge()->text().contains("not a medical device"));
    QVERIFY(window.windowTitle().contains("not a medical device"));
    QVERIFY(window.errorMessage().isEmpty());
}

void TestMainWindow::keepsTheOrderPhotosWereGivenIn()
{
    MainWindow window;
    QSignalSpy loaded(&window, &MainWindow::imageLoaded);
    // The large first photo takes longest to decode; it must still come first.
    const QStringList paths{writeImage("first.png", QSize(3000, 2000), Qt::darkRed),
                            writeImage("second.png", QSize(40, 40), Qt::darkGreen),
                            writeImage("third.png", QSize(50, 40), Qt::darkBlue)};
    window.openImages(paths);
    QTRY_COMPARE(loaded.size(), 3);
    const auto &photos = window.caseSession().photos();
    QCOMPARE(photos.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(photos.at(i).path, paths.at(i));
}

void TestMainWindow::refusesAFourthPhoto()
{
    MainWindow window;
    QSignalSpy loaded(&window, &MainWindow::imageLoaded);
    QStringList paths;
    for (int i = 0; i < 4; ++i)
        paths << writeImage(QStringLiteral("photo%1.png").arg(i), QSize(64, 64), Qt::gray);
    window.openImages(paths);
    QTRY_COMPARE(loaded.size(), 4);
    QCOMPARE(window.caseSession().photos().size(), 3);
    QCOMPARE(window.failedPaths(), QStringList{paths.last()});
    QVERIFY(window.photoList()->item(3)->toolTip().contains("at most three"));
}

void TestMainWindow::dragReordersTheCase()
{
    MainWindow window;
    QSignalSpy loaded(&window, &MainWindow::imageLoaded);
    const QStringList paths{writeImage("one.png", QSize(64, 64), Qt::red),
                            writeImage("two.png", QSize(64, 64), Qt::green),
                            writeImage("three.png", QSize(64, 64), Qt::blue)};
    window.openImages(paths);
    QTRY_COMPARE(loaded.size(), 3);
    // What an internal drag-and-drop does to the list's model: the first photo dropped last.
    QVERIFY(window.photoList()->model()->moveRow(QModelIndex(), 0, QModelIndex(), 3));
    QTRY_COMPARE(window.caseSession().photos().first().path, paths.at(1));
    QCOMPARE(window.caseSession().photos().at(1).path, paths.at(2));
    QCOMPARE(window.caseSession().photos().at(2).path, paths.at(0));
    QTRY_VERIFY(window.photoList()->item(0)->text().startsWith("1. two.png"));
}

void TestMainWindow::analysesAndSavesTheRawResponse()
{
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::imageLoaded);
    window.openImages({QStringLiteral(DV_SHARED_IMAGES "/nevus.jpg")});
    QTRY_COMPARE(loaded.size(), 1);
    auto *panel = window.findChild<dv::ui::CasePanel *>();
    QVERIFY(panel);
    QVERIFY(panel->analyseAction()->isEnabled());
    panel->analyseAction()->trigger();
    QVERIFY(window.caseSession().isAnalysing());
    QVERIFY(!panel->analyseAction()->isEnabled());
    QVERIFY(panel->cancelAction()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(window.caseSession().review().has_value(), 60000);
    QVERIFY(panel->list()->item(0)->text().contains("Valid"));

    const QString saved = m_dir.filePath("window-answer.json");
    QVERIFY(window.saveResponseFile(saved));
    MainWindow reopened;
    QVERIFY(dv::test::openResponseFile(reopened, saved));
    QCOMPARE(reopened.caseSession().review()->reportId, window.caseSession().review()->reportId);
    QCOMPARE(reopened.caseSession().rawResponse(), window.caseSession().rawResponse());
}

// Regression: the window read and parsed a saved response (up to 256 MB) on the GUI thread.
// With every worker busy, opening one now returns at once and the response follows.
void TestMainWindow::savedResponseReadOffTheGuiThread()
{
    MainWindow window;
    window.show();
    QSignalSpy opened(&window, &MainWindow::responseFileOpened);
    {
        GlobalPoolHold workers(dv::workerPool());
        window.openResponseFile(QStringLiteral(DV_FIXTURES "/seed/diagnosis-support.json"));
        QTest::qWait(200);
        QVERIFY(opened.isEmpty());
        QVERIFY(!window.caseSession().review().has_value());
    }
    QTRY_COMPARE(opened.size(), 1);
    QVERIFY(opened.first().at(1).toBool());
    QVERIFY(window.caseSession().review().has_value());
}

void TestMainWindow::refusesAFileWithoutClinicalResult()
{
    MainWindow window;
    window.show();
    QVERIFY(!dv::test::openResponseFile(window,
                                        QStringLiteral(DV_FIXTURES "/api-notes/body-sites.json")));
    QVERIFY2(window.errorMessage().contains("body-sites.json"), qPrintable(window.errorMessage()));
    const QString garbage = m_dir.filePath("garbage.json");
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"conclusion\": [");
    file.close();
    QVERIFY(!dv::test::openResponseFile(window, garbage));
    QVERIFY(window.errorMessage().contains("garbage.json"));
    QVERIFY(!window.caseSession().review().has_value());
}

void TestMainWindow::qaModeIsOffByDefaultAndRemembered()
{
    {
        MainWindow window;
        QVERIFY(!window.caseSession().qaMode());
        window.setQaMode(true, false);
        QVERIFY(window.caseSession().qaMode());
    }
    MainWindow next;
    QVERIFY(next.caseSession().qaMode());
    next.setQaMode(false, false);
    QVERIFY(!MainWindow().caseSession().qaMode());
}

void TestMainWindow::wholeReviewFlow()
{
    // Photos → analyse → an invalid photo withholds its outputs and the combined result →
    // re-analyse the valid one → top 5 in order → heat map drawn, toggled, switched →
    // QA mode reveals the invalid photo's outputs, watermarked.
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::imageLoaded);
    window.openImages({QStringLiteral(DV_SHARED_IMAGES "/acne.jpg"),
                       QStringLiteral(DV_SHARED_IMAGES "/invalid.png")});
    QTRY_COMPARE(loaded.size(), 2);
    auto *panel = window.findChild<dv::ui::CasePanel *>();
    panel->analyseAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.caseSession().review().has_value(), 60000);

    QVERIFY(window.resultTabs()->isVisible());
    QCOMPARE(window.resultTabs()->count(), 3); // combined + two images
    // Every panel open, the window still fits a 1280x800 laptop screen.
    QVERIFY2(window.minimumSizeHint().width() <= 1280 && window.minimumSizeHint().height() <= 800,
             qPrintable(QStringLiteral("%1x%2")
                            .arg(window.minimumSizeHint().width())
                            .arg(window.minimumSizeHint().height())));
    QVERIFY(!window.resultPanel()->differentialSection());
    QVERIFY(window.resultPanel()->reanalyseButton());
    auto *invalid = qobject_cast<dv::ui::ImageReviewPanel *>(window.resultTabs()->widget(2));
    QVERIFY(invalid);
    QVERIFY(!invalid->differentialSection()); // withheld: not rendered at all
    QVERIFY(!invalid->indicatorGauges());
    panel->selectPhoto(1);
    QVERIFY(!window.viewer()->hasHeatMap()); // no overlay on an invalid photo

    window.resultPanel()->reanalyseButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(window.caseSession().review().has_value() &&
                                 window.caseSession().review()->aggregate.shown,
                             60000);
    QCOMPARE(window.caseSession().photos().size(), 1);
    QCOMPARE(window.resultTabs()->count(), 2);
    dv::ui::DifferentialSection *top = window.resultPanel()->differentialSection();
    QVERIFY(top);
    const int rows = top->topBars()->rowCount();
    QCOMPARE(rows, 5);
    for (int row = 1; row < rows; ++row)
        QVERIFY(top->topBars()->conclusionAt(row - 1).probability >=
                top->topBars()->conclusionAt(row).probability);

    // The valid photo's top conclusion is drawn; the overlay key hides and shows it.
    QTRY_VERIFY(window.viewer()->overlayVisible());
    QVERIFY(!window.viewer()->canvas()->composed().isNull());
    QVERIFY(window.viewer()->caption().contains("Heat map"));
    window.viewer()->setOverlayVisible(false);
    QVERIFY(window.viewer()->canvas()->composed().isNull());
    window.viewer()->setOverlayVisible(true);
    QVERIFY(!window.viewer()->canvas()->composed().isNull());
    // Another conclusion of the image: its own heat map.
    auto *image = qobject_cast<dv::ui::ImageReviewPanel *>(window.resultTabs()->widget(1));
    QVERIFY(image && image->differentialSection());
    const auto second = image->differentialSection()->topBars()->conclusionAt(1);
    const QString before = window.viewer()->caption();
    emit image->conclusionSelected(0, second.sourceIndex);
    QTRY_VERIFY(window.viewer()->caption() != before);
    QVERIFY(window.viewer()->caption().contains(second.code));

    // QA mode: the invalid photo's outputs appear, watermarked.
    window.openImages({QStringLiteral(DV_SHARED_IMAGES "/invalid.png")});
    QTRY_COMPARE(window.caseSession().photos().size(), 2);
    panel->analyseAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.caseSession().review().has_value(), 60000);
    const auto actions = window.findChildren<QAction *>();
    const auto rawJson = std::find_if(actions.cbegin(), actions.cend(), [](QAction *action) {
        return action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_J);
    });
    QVERIFY(rawJson != actions.cend());
    QVERIFY(!(*rawJson)->isVisible()); // the raw answer holds withheld content
    // ...so it is not saved outside QA mode either (nothing withheld leaves the app).
    const auto save = std::find_if(actions.cbegin(), actions.cend(), [](QAction *action) {
        return action->shortcut() == QKeySequence(QKeySequence::Save);
    });
    QVERIFY(save != actions.cend());
    QVERIFY(!(*save)->isEnabled());
    const QString withheldFile = m_dir.filePath("withheld.json");
    QVERIFY(!window.saveResponseFile(withheldFile));
    QVERIFY(!QFile::exists(withheldFile));
    window.setQaMode(true, false);
    QVERIFY((*rawJson)->isVisible() && (*rawJson)->isEnabled());
    QVERIFY((*save)->isEnabled());
    QVERIFY(window.saveResponseFile(withheldFile));
    invalid = qobject_cast<dv::ui::ImageReviewPanel *>(window.resultTabs()->widget(2));
    QVERIFY(invalid && invalid->differentialSection());
    QVERIFY(window.resultPanel()->differentialSection());
    panel->selectPhoto(1);
    // The sandbox sends no heat maps for an invalid image: the viewer says so rather than
    // drawing anything. (A revealed heat map is watermarked: OverlayViewer test below.)
    QTRY_VERIFY(window.viewer()->caption().contains("no heat map"));
    QVERIFY(!window.viewer()->hasHeatMap());
    window.setQaMode(false, false);
    QVERIFY(!window.resultPanel()->differentialSection());

    // What the viewer does with a QA-revealed heat map.
    window.viewer()->setHeatMap(cv::Mat(8, 8, CV_8UC3, cv::Scalar(255, 0, 0)),
                                QStringLiteral("revealed"), dv::review::Reviewer::qaWatermark());
    QCOMPARE(window.viewer()->canvas()->watermark(), dv::review::Reviewer::qaWatermark());
    window.viewer()->setOverlayVisible(false);
    QVERIFY(window.viewer()->canvas()->watermark().isEmpty());
    window.viewer()->setOverlayVisible(true);
}

// --screenshot grabbed the window 300 ms after the result, whether or not the top heat map
// had been decoded by then: on a busy machine the README's screenshot had no heat map.
void TestMainWindow::screenshotWaitsForTheHeatMap()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    // A busy machine, made certain: once the result is in, every worker is held for 1.5 s
    // and the top conclusion is asked for again, so its heat map is decoded well after the
    // old fixed delay. (This slot runs after the window's own, before the screenshot's.)
    QSemaphore release;
    const int held = dv::workerPool()->maxThreadCount();
    bool holding = false;
    // Released on any exit, a failed check included: the pool would wait for them at exit.
    const auto unblock = qScopeGuard([&] {
        if (holding)
            release.release(held); // extra tokens are harmless once the holders are gone
        dv::workerPool()->waitForDone();
    });
    connect(&window.caseSession(), &dv::ui::CaseSession::resultChanged, this, [&] {
        const auto &review = window.caseSession().review();
        if (!review || holding)
            return;
        holding = true;
        for (int i = 0; i < held; ++i)
            dv::workerPool()->start([&release] { release.acquire(); });
        QTimer::singleShot(1500, &window, [&] { release.release(held); });
        auto *panel = qobject_cast<dv::ui::ImageReviewPanel *>(window.resultTabs()->widget(1));
        QVERIFY(panel && !review->images.at(0).differential.ranked.isEmpty());
        emit panel->conclusionSelected(
            0, review->images.at(0).differential.ranked.first().sourceIndex);
    });

    const QString output = m_dir.filePath("screenshot.png");
    dv::ui::ScreenshotRun run(window, output, {QStringLiteral(DV_SHARED_IMAGES "/nevus.jpg")});
    bool hadHeatMap = false;
    QString error = QStringLiteral("not finished");
    connect(&run, &dv::ui::ScreenshotRun::finished, this, [&](const QString &message) {
        error = message;
        hadHeatMap = window.viewer()->hasHeatMap();
    });
    run.start();
    QTRY_VERIFY_WITH_TIMEOUT(error != QLatin1String("not finished"), 90000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(hadHeatMap);
    QVERIFY(!QImage(output).isNull());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
