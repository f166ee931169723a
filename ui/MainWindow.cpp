#include "MainWindow.h"

#include "case/CasePanel.h"
#include "case/CasePhotoLoader.h"
#include "common/Localization.h"
#include "common/WorkerPool.h"
#include "connection/ConnectionDialog.h"
#include "connection/ServerConnection.h"
#include "credentials/KeychainCredentialStore.h"
#include "export/ExportActions.h"
#include "history/CaseDetailsForm.h"
#include "history/HistoryPanel.h"
#include "history/HistoryRecorder.h"
#include "history/HistoryService.h"
#include "history/HistoryStore.h"
#include "imaging/AsyncImageLoader.h"
#include "imaging/HeatMapDecoding.h"
#include "model/SavedResponseFile.h"
#include "reports/ReportDialog.h"
#include "result/ImageReviewPanel.h"
#include "result/ResultPanel.h"
#include "review/Review.h"
#include "severity/SeverityDialog.h"
#include "viewer/OverlayViewer.h"
#include "viewer/PhotoCanvas.h"

#include <QActionGroup>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImageReader>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace dv::ui {

namespace {

/// Whether any part of the response is withheld from clinical use (shown only in QA mode).
bool withholdsSomething(const review::Review &review)
{
    const auto invalid = [](const auto &part) {
        return !part.gate.valid;
    };
    return !review.aggregate.valid ||
           std::any_of(review.images.cbegin(), review.images.cend(), invalid) ||
           std::any_of(review.scores.cbegin(), review.scores.cend(), invalid);
}

const QString kQaModeKey = QStringLiteral("review/qaMode");
const QString kLastFolderKey = QStringLiteral("ui/lastFolder");

QString imageFileFilter()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    return MainWindow::tr("Images (%1)").arg(patterns.join(QLatin1Char(' ')));
}

QString lastFolder()
{
    return QSettings().value(kLastFolderKey).toString();
}

void rememberFolder(const QString &path)
{
    QSettings().setValue(kLastFolderKey, QFileInfo(path).absolutePath());
}

QLabel *badge(const QString &text, const QString &background, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    // Dark text on a saturated background: readable, and never only a colour.
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: black; font-weight: bold; "
                                        "padding: 3px 8px; border-radius: 3px; }")
                             .arg(background));
    label->setAccessibleName(text);
    return label;
}

} // namespace

MainWindow::MainWindow(credentials::CredentialStore *store, QWidget *parent) : QMainWindow(parent)
{
    if (!store) {
        m_ownStore = std::make_unique<credentials::KeychainCredentialStore>();
        store = m_ownStore.get();
    }
    m_connection = std::make_unique<ServerConnection>(
        m_backend, *store,
        [this](credentials::SecretKind kind, const QString &reason) -> std::optional<QString> {
            return askForSecret(kind, reason);
        });
    setWindowTitle(tr("Dermaview"));
    m_history = std::make_unique<history::HistoryService>(history::HistoryStore::defaultPath());
    setAcceptDrops(true);

    m_casePanel = new CasePanel(m_case, this);
    m_view = new OverlayViewer(this);
    m_view->setMessage(tr("Add skin photos with File ▸ Add photos… (Ctrl+O), or drop them here."));

    m_errorBar = new QFrame(this);
    m_errorBar->setFrameShape(QFrame::StyledPanel);
    m_errorBar->setStyleSheet(QStringLiteral("QFrame { background: #fde2e1; } QLabel { color: "
                                             "black; }"));
    m_errorText = new QLabel(m_errorBar);
    m_errorText->setWordWrap(true);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(tr("Retry"), m_errorBar);
    auto *dismiss = new QPushButton(tr("Dismiss"), m_errorBar);
    auto *errorLayout = new QHBoxLayout(m_errorBar);
    errorLayout->addWidget(m_errorText, 1);
    errorLayout->addWidget(m_retry);
    errorLayout->addWidget(dismiss);
    m_errorBar->hide();
    connect(m_retry, &QPushButton::clicked, this, &MainWindow::analyse);
    connect(dismiss, &QPushButton::clicked, this, &MainWindow::clearError);

    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_errorBar);
    centreLayout->addWidget(m_view, 1);

    m_resultPanel = new ResultPanel(this);
    m_resultTabs = new QTabWidget(this);
    m_resultTabs->setAccessibleName(tr("Result"));
    m_resultTabs->setMinimumWidth(340);
    m_resultTabs->hide(); // until there is a result
    connect(m_resultPanel, &ResultPanel::reanalyseValidOnly, this, [this] {
        if (m_backend.client())
            m_case.reanalyseValidOnly(*m_backend.client());
    });
    connect(m_resultTabs, &QTabWidget::currentChanged, this, [this](int tab) {
        // Image tabs follow the combined one, in the response's image order.
        if (tab > 0 && !m_case.resultIsReopened())
            m_casePanel->selectPhoto(tab - 1);
    });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_casePanel);
    splitter->addWidget(centre);
    splitter->addWidget(m_resultTabs);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    // The server strip spans the window, above everything that shows results: a toolbar would
    // push the badges into its overflow menu on a narrow window.
    m_sandboxBadge = badge(tr("Sandbox — not a medical device"), QStringLiteral("#ffd54f"), this);
    m_sandboxBadge->setToolTip(tr("Results come from Dermaview's offline sandbox, computed from "
                                  "simple image measurements. They are for demonstration only."));
    m_qaBadge = badge(tr("QA MODE — NOT FOR CLINICAL USE"), QStringLiteral("#ff8a80"), this);
    m_serverLabel = new QLabel(this);
    m_serverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *strip = new QHBoxLayout;
    strip->setContentsMargins(4, 4, 4, 0);
    strip->addWidget(m_sandboxBadge);
    strip->addWidget(m_qaBadge);
    strip->addWidget(m_serverLabel, 1);

    auto *root = new QWidget(this);
    auto *rootLayout = new QVBoxLayout(root);
    rootLayout->setContentsMargins(0, 0, 0, 0);
    rootLayout->addLayout(strip);
    rootLayout->addWidget(splitter, 1);
    setCentralWidget(root);

    m_recorder = new HistoryRecorder(
        *m_history, m_backend, [this] { return m_casePanel->caseDetails()->details(); }, this);
    connect(&m_case, &CaseSession::analysisCompleted, this,
            [this] { m_recorder->recordDiagnosis(m_case); });
    connect(m_recorder, &HistoryRecorder::recordFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });

    createActions();
    createMenus();
    createToolBar();
    statusBar()->showMessage(review::Reviewer::disclaimer());

    connect(m_casePanel, &CasePanel::currentPhotoChanged, this, &MainWindow::showCurrentPhoto);
    connect(m_casePanel, &CasePanel::analyseRequested, this, &MainWindow::analyse);
    connect(&m_case, &CaseSession::analysisStarted, this, &MainWindow::clearError);
    connect(&m_case, &CaseSession::analysisFailed, this,
            [this](const QString &message) { showError(message, true); });
    connect(&m_case, &CaseSession::resultChanged, this, &MainWindow::updateActions);
    connect(&m_case, &CaseSession::resultChanged, this, &MainWindow::showResult);
    connect(&m_case, &CaseSession::photosChanged, this, &MainWindow::updateActions);
    connect(&m_backend, &Backend::serverChanged, this, &MainWindow::updateServerLabels);
    connect(&m_backend, &Backend::serverChanged, this, &MainWindow::fetchBodySites);
    connect(&m_backend, &Backend::deviceLabelChanged, this, &MainWindow::updateServerLabels);
    connect(&m_backend, &Backend::signInFailed, this,
            [this](const QString &message) { showError(message, false); });

    QString error;
    if (!m_connection->restore(&error))
        showError(error, false);
    setQaMode(QSettings().value(kQaModeKey, false).toBool(), false);
    updateServerLabels();
    updateActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray())) {
        // First run: 90 % of the screen, so a 1280x800 laptop still shows the frame.
        const QSize available = screen()->availableGeometry().size();
        resize(available.width() * 9 / 10, available.height() * 9 / 10);
    }
}

MainWindow::~MainWindow()
{
    m_case.cancel(); // before the backend and its client go
}

std::optional<QString> MainWindow::askForSecret(credentials::SecretKind kind, const QString &reason)
{
    const QString what =
        kind == credentials::SecretKind::Password ? tr("Password:") : tr("API token:");
    bool ok = false;
    const QString secret = QInputDialog::getText(
        this, tr("Sign in to %1").arg(m_backend.serverLabel()),
        reason + QStringLiteral("\n\n") + what, QLineEdit::Password, QString(), &ok);
    if (!ok || secret.isEmpty())
        return std::nullopt;
    return secret;
}

void MainWindow::showConnectionDialog()
{
    ConnectionDialog dialog(*m_connection, this);
    dialog.exec();
    updateServerLabels();
}

QListWidget *MainWindow::photoList() const
{
    return m_casePanel->list();
}

QStringList MainWindow::failedPaths() const
{
    return m_casePanel->failedPaths();
}

QString MainWindow::errorMessage() const
{
    return m_errorBar->isHidden() ? QString() : m_errorText->text();
}

void MainWindow::createActions()
{
    m_addPhotos = new QAction(tr("&Add photos…"), this);
    m_addPhotos->setShortcut(QKeySequence::Open);
    connect(m_addPhotos, &QAction::triggered, this, &MainWindow::chooseImages);
    m_paste = new QAction(tr("&Paste photo"), this);
    m_paste->setShortcut(QKeySequence::Paste);
    connect(m_paste, &QAction::triggered, this, &MainWindow::paste);
    m_openResponse = new QAction(tr("&Open saved response…"), this);
    m_openResponse->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openResponse, &QAction::triggered, this, &MainWindow::chooseResponseFile);
    m_openReport = new QAction(tr("Open stored &report…"), this);
    m_openReport->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_openReport, &QAction::triggered, this, &MainWindow::showReportDialog);
    m_saveResponse = new QAction(tr("&Save raw response…"), this);
    m_saveResponse->setShortcut(QKeySequence::Save);
    connect(m_saveResponse, &QAction::triggered, this, &MainWindow::chooseSaveFile);
    m_connectionAction = new QAction(tr("Server &connection…"), this);
    m_connectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_connectionAction, &QAction::triggered, this, &MainWindow::showConnectionDialog);
    m_rawJson = new QAction(tr("Raw &JSON of the response (QA)…"), this);
    m_rawJson->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(m_rawJson, &QAction::triggered, this, &MainWindow::showRawResponse);
    m_export = new ExportActions(m_case, *m_view, m_backend, this);
    connect(m_export, &ExportActions::exported, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_export, &ExportActions::failed, this,
            [this](const QString &message) { showError(message, false); });
    m_severity = new QAction(tr("&Severity assessment…"), this);
    m_severity->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_severity, &QAction::triggered, this, &MainWindow::openSeverityAssessment);
    m_historyAction = new QAction(tr("&History…"), this);
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_historyAction, &QAction::triggered, this, &MainWindow::showHistory);
    m_qaMode = new QAction(tr("&QA mode (not for clinical use)"), this);
    m_qaMode->setCheckable(true);
    connect(m_qaMode, &QAction::triggered, this, [this](bool checked) { setQaMode(checked); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_addPhotos);
    file->addAction(m_paste);
    file->addSeparator();
    file->addAction(m_openResponse);
    file->addAction(m_saveResponse);
    file->addAction(m_openReport);
    file->addSeparator();
    file->addAction(m_export->exportPdfAction());
    file->addAction(m_export->exportViewAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *caseMenu = menuBar()->addMenu(tr("&Case"));
    caseMenu->addAction(m_casePanel->analyseAction());
    caseMenu->addAction(m_casePanel->cancelAction());
    caseMenu->addAction(m_severity);
    caseMenu->addSeparator();
    caseMenu->addAction(m_casePanel->titleAction());
    caseMenu->addAction(m_casePanel->moveUpAction());
    caseMenu->addAction(m_casePanel->moveDownAction());
    caseMenu->addAction(m_casePanel->removeAction());
    caseMenu->addSeparator();
    caseMenu->addAction(m_historyAction);

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addAction(m_connectionAction);
    settingsMenu->addAction(m_qaMode);
    settingsMenu->addAction(m_rawJson);
    QMenu *language = settingsMenu->addMenu(tr("&Language"));
    m_languages = new QActionGroup(this);
    const QString current = QSettings().value(Localization::settingsKey()).toString();
    const auto addLanguage = [&](const QString &code, const QString &name) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
    };
    addLanguage(QString(), tr("System language"));
    addLanguage(QStringLiteral("en"), QStringLiteral("English"));
    for (const QString &code : Localization::availableLanguages())
        addLanguage(code, Localization::nativeName(code));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Dermaview"), this, &MainWindow::showAbout);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_addPhotos);
    bar->addAction(m_casePanel->analyseAction());
    bar->addAction(m_openResponse);
    bar->addAction(m_saveResponse);
}

void MainWindow::updateServerLabels()
{
    m_sandboxBadge->setVisible(m_backend.isSandbox());
    const QString device = m_backend.deviceLabel();
    m_serverLabel->setText(device.isEmpty() ? m_backend.serverLabel()
                                            : tr("%1 · %2").arg(m_backend.serverLabel(), device));
    setWindowTitle(m_backend.isSandbox() ? tr("Dermaview — Sandbox, not a medical device")
                                         : tr("Dermaview — %1").arg(m_backend.serverLabel()));
}

void MainWindow::updateActions()
{
    // The raw response holds withheld content: QA mode only.
    m_rawJson->setVisible(m_case.qaMode());
    m_rawJson->setEnabled(m_case.qaMode() && !m_case.rawResponse().isEmpty());
    // Nothing withheld leaves the app outside QA mode, and the raw answer holds all of it.
    const bool withheld = m_case.review() && withholdsSomething(*m_case.review());
    m_saveResponse->setEnabled(!m_case.rawResponse().isEmpty() && (m_case.qaMode() || !withheld));
    m_saveResponse->setToolTip(withheld && !m_case.qaMode()
                                   ? tr("This response holds output withheld because an image is "
                                        "not valid; it can be saved in QA mode only.")
                                   : QString());
    m_addPhotos->setEnabled(m_case.photos().size() < CaseSession::maxPhotos);
    m_paste->setEnabled(m_case.photos().size() < CaseSession::maxPhotos);
}

void MainWindow::chooseImages()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Add photos"), lastFolder(), imageFileFilter());
    if (paths.isEmpty())
        return;
    rememberFolder(paths.first());
    openImages(paths);
}

void MainWindow::openImages(const QStringList &paths)
{
    // Decoded in parallel off the GUI thread, added in the order given: the order of a
    // case's photos is the order the clinician chose. A large JPEG shows a DCT-scaled preview
    // first when nothing else is on screen.
    for (const QString &path : paths) {
        ++m_pendingLoads;
        auto slot = std::make_shared<std::optional<LoadedCasePhoto>>();
        m_loadQueue.append(slot);
        auto *loader = new imaging::AsyncImageLoader(this);
        const auto settle = [this, loader, slot](LoadedCasePhoto loaded) {
            *slot = std::move(loaded);
            loader->deleteLater();
            while (!m_loadQueue.isEmpty() && m_loadQueue.first()->has_value()) {
                const LoadedCasePhoto next = std::move(m_loadQueue.takeFirst()->value());
                --m_pendingLoads;
                addLoaded(next);
            }
        };
        connect(loader, &imaging::AsyncImageLoader::previewReady, this,
                [this](const QImage &preview) {
                    if (m_case.photos().isEmpty() && m_view->canvas()->photo().isNull()) {
                        m_view->setPhoto(preview);
                        m_view->clearHeatMap(tr("Preview — loading the full resolution…"));
                    }
                });
        connect(loader, &imaging::AsyncImageLoader::loaded, this,
                [this, path, settle](const imaging::PreparedImage &image) {
                    // Display copies and thumbnail are scaled on a worker too.
                    auto *watcher = new QFutureWatcher<LoadedCasePhoto>(this);
                    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, settle] {
                        watcher->deleteLater();
                        settle(watcher->result());
                    });
                    watcher->setFuture(QtConcurrent::run(workerPool(), casePhotoFrom, path, image));
                });
        connect(loader, &imaging::AsyncImageLoader::failed, this,
                [path, settle](const QString &message) {
                    LoadedCasePhoto failed;
                    failed.photo.path = path;
                    failed.error = cannotOpen(path, message);
                    settle(failed);
                });
        loader->load(path);
    }
    if (m_case.photos().isEmpty())
        m_view->setMessage(tr("Loading…"));
}

void MainWindow::addLoaded(const LoadedCasePhoto &loaded)
{
    if (!loaded.error.isEmpty()) {
        m_casePanel->addFailure(loaded.photo.path, loaded.error);
        statusBar()->showMessage(loaded.error);
        if (m_case.photos().isEmpty()) {
            m_view->setPhoto(QImage()); // drop a preview of the photo that failed
            m_view->setMessage(loaded.error);
        }
        emit imageLoaded(loaded.photo.path, false);
        return;
    }
    if (!m_case.addPhoto(loaded.photo)) {
        const QString full =
            tr("%1 was not added: a case holds at most three photos. Remove one first.")
                .arg(QFileInfo(loaded.photo.path).fileName());
        m_casePanel->addFailure(loaded.photo.path, full);
        statusBar()->showMessage(full);
        emit imageLoaded(loaded.photo.path, false);
        return;
    }
    emit imageLoaded(loaded.photo.path, true);
}

void MainWindow::paste()
{
    const QMimeData *clipboard = QApplication::clipboard()->mimeData();
    if (clipboard && clipboard->hasUrls()) {
        QStringList paths;
        for (const QUrl &url : clipboard->urls()) {
            if (url.isLocalFile())
                paths << url.toLocalFile();
        }
        openImages(paths);
        return;
    }
    const QImage image = QApplication::clipboard()->image();
    if (image.isNull()) {
        statusBar()->showMessage(tr("The clipboard holds no image."));
        return;
    }
    // A pasted image has no file: it is sent as a lossless PNG of exactly these pixels.
    CasePhoto photo;
    photo.path = tr("Pasted image");
    photo.image = image.convertToFormat(QImage::Format_RGB32);
    QBuffer buffer(&photo.uploadBytes);
    buffer.open(QIODevice::WriteOnly);
    photo.image.save(&buffer, "PNG");
    photo.contentType = QStringLiteral("image/png");
    photo.makeDisplayCopies();
    if (!m_case.addPhoto(photo))
        statusBar()->showMessage(tr("A case holds at most three photos. Remove one first."));
}

void MainWindow::analyse()
{
    clearError();
    if (!m_backend.client()) {
        showError(tr("No AI service is connected."), false);
        return;
    }
    m_case.analyse(*m_backend.client());
}

void MainWindow::showError(const QString &message, bool offerRetry)
{
    m_errorText->setText(message);
    m_retry->setVisible(offerRetry && !m_case.photos().isEmpty());
    m_errorBar->show();
}

void MainWindow::clearError()
{
    m_errorBar->hide();
    m_errorText->clear();
}

void MainWindow::showCurrentPhoto()
{
    const qsizetype index = m_casePanel->currentPhoto();
    if (index < 0) {
        m_view->setPhoto(QImage());
        if (m_case.photos().isEmpty())
            m_view->setMessage(
                tr("Add skin photos with File ▸ Add photos… (Ctrl+O), or drop them here."));
        return;
    }
    const CasePhoto &photo = m_case.photos().at(index);
    m_view->setPhoto(photo.image, photo.screen, photo.screenBgr);
    showTopHeatMap(index);
    statusBar()->showMessage(tr("%1 — %2 × %3 pixels")
                                 .arg(photo.label())
                                 .arg(photo.image.width())
                                 .arg(photo.image.height()));
}

void MainWindow::showResult()
{
    const auto &review = m_case.review();
    const QSignalBlocker blocker(m_resultTabs);
    while (m_resultTabs->count() > 1)
        delete m_resultTabs->widget(1);
    if (!review) {
        m_resultPanel->clear();
        m_resultTabs->hide();
        m_view->clearHeatMap();
        return;
    }
    if (m_resultTabs->count() == 0)
        m_resultTabs->addTab(m_resultPanel, tr("Combined"));
    m_resultPanel->setReview(*review);
    const bool sites = review->kind == model::ResponseKind::SeverityAssessment;
    for (qsizetype i = 0; i < review->images.size(); ++i) {
        auto *panel = new ImageReviewPanel(m_resultTabs);
        panel->setImage(*review, i);
        connect(panel, &ImageReviewPanel::conclusionSelected, this, &MainWindow::showHeatMap);
        const review::ImageReview &image = review->images.at(i);
        const QString label =
            sites && !image.bodySite.isEmpty() ? image.bodySite : tr("Image %1").arg(i + 1);
        m_resultTabs->addTab(panel, image.gate.valid ? label : tr("%1 — not valid").arg(label));
    }
    m_resultTabs->show();
    showTopHeatMap(m_casePanel->currentPhoto());
}

void MainWindow::showTopHeatMap(qsizetype imageIndex)
{
    const auto &review = m_case.review();
    if (!review || m_case.resultIsReopened() || imageIndex < 0 ||
        imageIndex >= review->images.size()) {
        m_view->clearHeatMap(review && m_case.resultIsReopened()
                                 ? tr("A reopened response has no photo to draw its heat maps on.")
                                 : QString());
        return;
    }
    const review::ImageReview &image = review->images.at(imageIndex);
    if (!image.gate.shown || image.differential.ranked.isEmpty()) {
        m_view->clearHeatMap(image.gate.shown ? QString() : image.retakePrompt);
        return;
    }
    showHeatMap(imageIndex, image.differential.ranked.first().sourceIndex);
}

void MainWindow::showHeatMap(qsizetype imageIndex, qsizetype sourceIndex)
{
    const auto &review = m_case.review();
    const auto &diagnosis = m_case.diagnosis();
    if (!review || !diagnosis || m_case.resultIsReopened() || imageIndex < 0 ||
        imageIndex >= review->images.size() || imageIndex >= diagnosis->images.size())
        return;
    const review::ImageReview &image = review->images.at(imageIndex);
    // The review decides: an invalid image's heat maps are not drawn outside QA mode.
    if (!image.gate.shown)
        return;
    const auto &conclusions = diagnosis->images.at(imageIndex).conclusions;
    if (sourceIndex < 0 || sourceIndex >= conclusions.size())
        return;
    if (m_casePanel->currentPhoto() != imageIndex) {
        m_casePanel->selectPhoto(imageIndex); // shows the photo, then comes back here
        if (m_casePanel->currentPhoto() != imageIndex)
            return;
    }
    m_export->setShownConclusion(imageIndex, sourceIndex); // the PDF overlays the same one
    const model::Conclusion &conclusion = conclusions.at(sourceIndex);
    const model::Coding *coding = conclusion.primaryCoding();
    const QString name =
        coding ? QStringLiteral("%1 %2").arg(coding->code, coding->display) : conclusion.text;
    if (!conclusion.heatMap || !conclusion.heatMap->hasData()) {
        m_view->clearHeatMap(tr("%1: the response carries no heat map.").arg(name));
        return;
    }
    const QString watermark = image.gate.qaRevealed() ? review::Reviewer::qaWatermark() : QString();
    const int request = ++m_heatMapRequest;
    m_heatMapPending = true;
    const model::Attachment attachment = *conclusion.heatMap;
    auto *watcher = new QFutureWatcher<imaging::ImagingResult<imaging::DecodedAttachment>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, request, name, watermark, imageIndex] {
                watcher->deleteLater();
                if (request != m_heatMapRequest)
                    return; // another conclusion or photo was chosen meanwhile
                m_heatMapPending = false;
                const auto settled = qScopeGuard([this] { emit heatMapSettled(); });
                if (m_casePanel->currentPhoto() != imageIndex)
                    return;
                const auto decoded = watcher->result();
                if (imaging::isError(decoded)) {
                    m_view->clearHeatMap(tr("%1: the heat map cannot be shown: %2")
                                             .arg(name, imaging::errorMessage(decoded)));
                    return;
                }
                const auto &heatMap = std::get<imaging::DecodedAttachment>(decoded);
                QString caption = tr("Heat map: %1").arg(name);
                for (const QString &warning : heatMap.warnings)
                    caption += QStringLiteral("\n⚠ ") + warning;
                m_view->setHeatMap(heatMap.pixels, caption, watermark);
            });
    watcher->setFuture(QtConcurrent::run(workerPool(), [attachment] {
        return imaging::HeatMapDecoding::decode(attachment, imaging::AttachmentPixels::Colour);
    }));
}

void MainWindow::chooseResponseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open saved response"), lastFolder(),
                                                      tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    openResponseFile(path);
}

void MainWindow::openResponseFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    statusBar()->showMessage(tr("Opening %1…").arg(name));
    using Outcome = std::variant<model::SavedResponseFile, QString>;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, name] {
        watcher->deleteLater();
        const Outcome outcome = watcher->result();
        QString error;
        if (const auto *readError = std::get_if<QString>(&outcome)) {
            error = *readError;
        } else {
            const auto &file = std::get<model::SavedResponseFile>(outcome);
            if (!m_case.openSavedResponse(file.response, file.bytes, &error))
                error = tr("%1 cannot be shown: %2").arg(name, error);
        }
        if (error.isEmpty()) {
            clearError();
            statusBar()->showMessage(tr("Showing the saved response %1.").arg(path));
        } else {
            statusBar()->clearMessage();
            showError(error, false);
        }
        emit responseFileOpened(path, error.isEmpty());
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), &model::SavedResponseFile::read, path));
}

bool MainWindow::openSavedResponse(const QByteArray &json, const QString &description)
{
    QString error;
    if (!m_case.openSavedResponse(json, &error)) {
        showError(tr("Cannot show %1: %2").arg(description, error), false);
        return false;
    }
    clearError();
    statusBar()->showMessage(tr("Showing %1.").arg(description));
    return true;
}

void MainWindow::fetchBodySites()
{
    api::ApiClient *client = m_backend.client();
    if (!client)
        return;
    // Answers for a server no longer in use never arrive: the client is their context.
    client->bodySites(client, [this](const api::ApiResult<QVector<model::BodySite>> &result) {
        m_bodySites = result.ok() ? result.value() : QVector<model::BodySite>();
        const QString locale = QLocale().name();
        m_casePanel->caseDetails()->setSites(m_bodySites, locale);
        if (m_historyPanel)
            m_historyPanel->setBodySites(m_bodySites, locale);
    });
}

void MainWindow::showHistory()
{
    if (!m_historyPanel) {
        m_historyPanel = new HistoryPanel(*m_history, this);
        m_historyPanel->setQaMode(m_case.qaMode());
        m_historyPanel->setBodySites(m_bodySites, QLocale().name());
        connect(m_historyPanel, &HistoryPanel::reopenRequested, this,
                [this](const QByteArray &json, const QString &description) {
                    if (openSavedResponse(json, description))
                        activateWindow();
                });
    }
    m_historyPanel->refresh();
    m_historyPanel->show();
    m_historyPanel->raise();
    m_historyPanel->activateWindow();
}

void MainWindow::chooseSaveFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save raw response"), lastFolder(),
                                                      tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    saveResponseFile(path);
}

bool MainWindow::saveResponseFile(const QString &path)
{
    if (!m_case.qaMode() && m_case.review() && withholdsSomething(*m_case.review())) {
        showError(tr("Cannot save %1: the response holds output withheld because an image is "
                     "not valid; it can be saved in QA mode only.")
                      .arg(path),
                  false);
        return false;
    }
    QSaveFile file(path);
    if (m_case.rawResponse().isEmpty() || !file.open(QIODevice::WriteOnly) ||
        file.write(m_case.rawResponse()) != m_case.rawResponse().size() || !file.commit()) {
        showError(tr("Cannot save %1: %2")
                      .arg(path, m_case.rawResponse().isEmpty() ? tr("there is no response")
                                                                : file.errorString()),
                  false);
        return false;
    }
    statusBar()->showMessage(tr("Saved the raw response to %1.").arg(path));
    return true;
}

void MainWindow::setQaMode(bool enabled, bool confirm)
{
    if (enabled && confirm) {
        const auto answer = QMessageBox::warning(
            this, tr("Enable QA mode?"),
            tr("QA mode shows outputs the AI service marked invalid, for checking the model. "
               "They are watermarked NOT FOR CLINICAL USE and must not inform patient care.\n\n"
               "Enable QA mode?"),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            enabled = false;
    }
    m_qaMode->setChecked(enabled);
    m_qaBadge->setVisible(enabled);
    updateActions();
    QSettings().setValue(kQaModeKey, enabled);
    m_case.setQaMode(enabled);
    if (m_historyPanel)
        m_historyPanel->setQaMode(enabled);
    emit qaModeChanged(enabled);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openImages(paths);
}

void MainWindow::setLanguage(const QString &language)
{
    QSettings().setValue(Localization::settingsKey(), language);
    QMessageBox::information(this, tr("Language"),
                             tr("The language will change the next time Dermaview starts."));
}

SeverityDialog *MainWindow::openSeverityAssessment()
{
    SeverityContext context;
    const qsizetype index = m_casePanel->currentPhoto();
    if (index >= 0 && index < m_case.photos().size())
        context.photo = m_case.photos().at(index);
    // The known condition is offered from what the review shows: the combined differential,
    // else the current photo's own, never a withheld one.
    if (const auto &review = m_case.review()) {
        if (review->aggregate.shown)
            context.differential = review->differential.top();
        else if (index >= 0 && index < review->images.size() && review->images[index].gate.shown)
            context.differential = review->images[index].differential.top();
    }
    context.locale = QLocale().name();
    context.qaMode = m_case.qaMode();
    auto *dialog = new SeverityDialog(m_backend.client(), std::move(context), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &MainWindow::qaModeChanged, dialog, &SeverityDialog::setQaMode);
    // Every severity assessment goes into the case history, like every analysis.
    connect(dialog, &SeverityDialog::assessed, this,
            [this, dialog](const auto &, const QByteArray &raw) {
                if (!dialog->review())
                    return;
                QVector<history::RecordContext::Upload> uploads;
                for (const api::ImageUpload &upload : dialog->sentUploads())
                    uploads.append(
                        {upload.bytes, HistoryRecorder::suffixForContentType(upload.contentType)});
                m_recorder->record(*dialog->review(), raw, uploads, dialog->sentBodySite());
            });
    dialog->resize(1280, 800);
    dialog->show();
    return dialog;
}

void MainWindow::showRawResponse()
{
    if (!m_case.qaMode() || m_case.rawResponse().isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Raw response — NOT FOR CLINICAL USE"));
    auto *banner = new QLabel(review::Reviewer::qaWatermark(), &dialog);
    banner->setStyleSheet(QStringLiteral("QLabel { background: #ff8a80; color: black; "
                                         "font-weight: bold; padding: 4px; }"));
    auto *text = new QPlainTextEdit(&dialog);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Indented for reading; heat-map base64 is cut short so the view stays responsive.
    QString pretty = QString::fromUtf8(
        QJsonDocument::fromJson(m_case.rawResponse()).toJson(QJsonDocument::Indented));
    if (pretty.isEmpty())
        pretty = QString::fromUtf8(m_case.rawResponse());
    static const QRegularExpression longBase64(
        QStringLiteral("\"([A-Za-z0-9+/=]{200})[A-Za-z0-9+/=]+\""));
    pretty.replace(longBase64, QStringLiteral("\"\\1…\""));
    text->setPlainText(pretty);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(banner);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog.resize(900, 700);
    dialog.exec();
}

ReportDialog *MainWindow::showReportDialog()
{
    auto *dialog = new ReportDialog(&m_backend, m_connection.get(), m_case.qaMode(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &MainWindow::qaModeChanged, dialog, &ReportDialog::setQaMode);
    dialog->show();
    return dialog;
}

void MainWindow::showShortcuts()
{
    // Read from the menus, so the list cannot drift from what the keys do.
    QStringList rows;
    const auto addRow = [&rows](const QString &keys, QString what) {
        rows << QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.toHtmlEscaped(), what.remove(QLatin1Char('&')).toHtmlEscaped());
    };
    for (QAction *menu : menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (!action->shortcut().isEmpty())
                addRow(action->shortcut().toString(QKeySequence::NativeText), action->text());
        }
    }
    addRow(QStringLiteral("O"), tr("Show or hide the heat map"));
    addRow(QStringLiteral("S"), tr("Side by side: the photo alone beside the overlay"));
    addRow(tr("Wheel, + / −"), tr("Zoom the photo"));
    addRow(QStringLiteral("0"), tr("Fit the photo to the window"));
    addRow(QStringLiteral("1"), tr("Actual size (one photo pixel per screen pixel)"));
    addRow(tr("Drag, arrow keys"), tr("Pan the zoomed photo"));
    QMessageBox box(this);
    box.setWindowTitle(tr("Keyboard shortcuts"));
    box.setTextFormat(Qt::RichText);
    box.setText(QStringLiteral("<table cellspacing=\"6\">%1</table>").arg(rows.join(QString())));
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Dermaview"),
                       tr("<p><b>Dermaview %1</b></p><p>A viewer for dermatology AI results.</p>"
                          "<p>%2</p>")
                           .arg(QCoreApplication::applicationVersion(),
                                review::Reviewer::disclaimer().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("ui/geometry"), saveGeometry());
    event->accept();
}

} // namespace dv::ui
