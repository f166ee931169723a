#include "MainWindow.h"

#include "ImageView.h"
#include "common/Localization.h"
#include "review/Review.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImageReader>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QtConcurrent/QtConcurrentRun>

namespace dv::ui {

namespace {

constexpr int thumbnailSize = 96;

QString imageFileFilter()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    return MainWindow::tr("Images (%1)").arg(patterns.join(QLatin1Char(' ')));
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Dermaview"));
    m_list = new QListWidget(this);
    m_list->setViewMode(QListView::ListMode);
    m_list->setIconSize(QSize(thumbnailSize, thumbnailSize));
    m_list->setAccessibleName(tr("Opened photos"));
    m_list->setMinimumWidth(220);
    m_list->setWordWrap(true);
    m_view = new ImageView(this);
    m_view->setMessage(tr("Open skin photos with File ▸ Open photos… (Ctrl+O)."));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    connect(m_list, &QListWidget::currentItemChanged, this, &MainWindow::showCurrent);

    createMenus();
    statusBar()->showMessage(review::Reviewer::disclaimer());

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray())) {
        // First run: 90 % of the screen, so a 1280x800 laptop still shows the frame.
        const QSize available = screen()->availableGeometry().size();
        resize(available.width() * 9 / 10, available.height() * 9 / 10);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open photos…"), this, &MainWindow::chooseImages);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
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
    help->addAction(tr("&About Dermaview"), this, &MainWindow::showAbout);
}

void MainWindow::chooseImages()
{
    QSettings settings;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open photos"), settings.value(QStringLiteral("ui/lastFolder")).toString(),
        imageFileFilter());
    if (paths.isEmpty())
        return;
    settings.setValue(QStringLiteral("ui/lastFolder"), QFileInfo(paths.first()).absolutePath());
    openImages(paths);
}

void MainWindow::openImages(const QStringList &paths)
{
    for (const QString &path : paths) {
        ++m_pendingLoads;
        auto *watcher = new QFutureWatcher<LoadedImage>(this);
        connect(watcher, &QFutureWatcher<LoadedImage>::finished, this, [this, watcher] {
            --m_pendingLoads;
            addLoaded(watcher->result());
            watcher->deleteLater();
        });
        watcher->setFuture(QtConcurrent::run(loadImageFile, path));
    }
    if (m_images.isEmpty())
        m_view->setMessage(tr("Loading…"));
}

void MainWindow::addLoaded(const LoadedImage &loaded)
{
    if (!loaded.error.isEmpty()) {
        // The failure stays visible in the list (a status-bar message would be overwritten by
        // the next photo); whatever else is open is kept.
        auto *item =
            new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                tr("%1 — cannot be opened").arg(QFileInfo(loaded.path).fileName()));
        item->setToolTip(loaded.error);
        item->setFlags(Qt::ItemIsEnabled);
        item->setData(Qt::AccessibleDescriptionRole, loaded.error);
        m_list->addItem(item);
        m_failedPaths.append(loaded.path);
        statusBar()->showMessage(loaded.error);
        if (m_images.isEmpty())
            m_view->setMessage(loaded.error);
        emit imageLoaded(loaded.path, false);
        return;
    }
    m_images.append(loaded);
    const QImage thumbnail = loaded.image.scaled(thumbnailSize, thumbnailSize, Qt::KeepAspectRatio,
                                                 Qt::SmoothTransformation);
    // Colour is clinical information: the selected thumbnail must not be tinted.
    const QPixmap pixmap = QPixmap::fromImage(thumbnail);
    QIcon icon(pixmap);
    icon.addPixmap(pixmap, QIcon::Selected);
    auto *item = new QListWidgetItem(icon, QFileInfo(loaded.path).fileName());
    item->setToolTip(loaded.path);
    item->setData(Qt::UserRole, m_images.size() - 1);
    m_list->addItem(item);
    if (!m_list->currentItem())
        m_list->setCurrentItem(item);
    emit imageLoaded(loaded.path, true);
}

void MainWindow::showCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || !item->data(Qt::UserRole).isValid())
        return;
    const LoadedImage &loaded = m_images.at(item->data(Qt::UserRole).toInt());
    m_view->setImage(loaded.image);
    statusBar()->showMessage(tr("%1 — %2 × %3 pixels")
                                 .arg(QFileInfo(loaded.path).fileName())
                                 .arg(loaded.image.width())
                                 .arg(loaded.image.height()));
}

void MainWindow::setLanguage(const QString &language)
{
    QSettings().setValue(Localization::settingsKey(), language);
    QMessageBox::information(this, tr("Language"),
                             tr("The language will change the next time Dermaview starts."));
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
