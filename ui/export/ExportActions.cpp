#include "ExportActions.h"

#include "backend/Backend.h"
#include "case/CaseSession.h"
#include "common/WorkerPool.h"
#include "export/ExportPhotos.h"
#include "export/ResultPdf.h"
#include "export/ViewSnapshot.h"
#include "viewer/OverlayViewer.h"
#include "viewer/PhotoCanvas.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QRegularExpression>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace dv::ui {

namespace {

/// The folder the window's other file dialogs remember (MainWindow's "ui/lastFolder").
QString lastFolder()
{
    return QSettings().value(QStringLiteral("ui/lastFolder"), QDir::homePath()).toString();
}

QString baseName(const std::optional<review::Review> &review)
{
    QString id = review ? review->reportId : QString();
    id.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return id.isEmpty() ? QStringLiteral("dermaview") : QStringLiteral("dermaview-") + id;
}

} // namespace

ExportActions::ExportActions(CaseSession &session, OverlayViewer &viewer, Backend &backend,
                             QWidget *dialogParent)
    : QObject(dialogParent), m_session(session), m_viewer(viewer), m_backend(backend),
      m_dialogParent(dialogParent)
{
    m_pdf = new QAction(tr("&Export PDF…"), this);
    m_pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_pdf->setStatusTip(tr("The result as a PDF report: photos, heat map, top 5, indicators, "
                           "validity and scores"));
    connect(m_pdf, &QAction::triggered, this, &ExportActions::choosePdf);
    m_view = new QAction(tr("Export &view as PNG…"), this);
    m_view->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_view->setStatusTip(tr("The photo as shown, with its overlay and legend"));
    connect(m_view, &QAction::triggered, this, &ExportActions::chooseView);
    connect(&m_session, &CaseSession::resultChanged, this, [this] {
        m_shown = {-1, -1};
        updateEnabled();
    });
    connect(&m_session, &CaseSession::photosChanged, this, &ExportActions::updateEnabled);
    updateEnabled();
}

void ExportActions::setShownConclusion(qsizetype imageIndex, qsizetype sourceIndex)
{
    m_shown = {imageIndex, sourceIndex};
}

void ExportActions::updateEnabled()
{
    m_pdf->setEnabled(!m_busy && m_session.review().has_value());
    m_view->setEnabled(!m_busy && !m_session.photos().isEmpty());
}

void ExportActions::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        m_dialogParent, tr("Export PDF"),
        QDir(lastFolder()).filePath(baseName(m_session.review()) + QStringLiteral(".pdf")),
        tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void ExportActions::chooseView()
{
    const QString path = QFileDialog::getSaveFileName(
        m_dialogParent, tr("Export view as PNG"),
        QDir(lastFolder()).filePath(baseName(m_session.review()) + QStringLiteral("-view.png")),
        tr("PNG (*.png)"));
    if (!path.isEmpty())
        exportView(path);
}

bool ExportActions::exportPdf(const QString &path)
{
    if (m_busy || !m_session.review())
        return false;
    // Everything the worker needs is copied here (implicitly shared: no pixels are copied).
    exporting::ResultExportContent content;
    content.review = *m_session.review();
    content.appVersion = QCoreApplication::applicationVersion();
    content.exportedAt = QDateTime::currentDateTime();
    content.server = m_session.resultIsReopened() ? tr("reopened from a saved response")
                     : m_backend.isSandbox()      ? tr("embedded sandbox — not a medical device")
                                                  : m_backend.serverLabel();
    QVector<QPair<QImage, QString>> photos;
    // A reopened response has no photos; an analysed one has one per image, in its order.
    if (!m_session.resultIsReopened() &&
        m_session.photos().size() == content.review.images.size()) {
        for (const CasePhoto &photo : m_session.photos())
            photos.append({photo.screen.isNull() ? photo.image : photo.screen, photo.label()});
    }
    const std::optional<model::DiagnosisReport> diagnosis = m_session.diagnosis();
    const imaging::OverlayStyle style = m_viewer.style();
    const QPair<qsizetype, qsizetype> shown = m_shown;

    m_busy = true;
    updateEnabled();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        finish(watcher->result(), tr("Exported the PDF report to %1.").arg(path));
    });
    watcher->setFuture(QtConcurrent::run(dv::workerPool(), [content, photos, diagnosis, style,
                                                            shown, path]() mutable {
        for (qsizetype i = 0; i < photos.size(); ++i)
            content.photos.append(exporting::ExportPhotos::prepare(
                photos.at(i).first, photos.at(i).second, content.review,
                diagnosis ? &*diagnosis : nullptr, i, shown.first == i ? shown.second : -1, style));
        QString error;
        return exporting::ResultPdf::write(content, path, &error) ? QString() : error;
    }));
    return true;
}

bool ExportActions::exportView(const QString &path)
{
    if (m_busy || m_viewer.canvas()->photo().isNull())
        return false;
    exporting::ViewFacts facts;
    facts.caption = m_viewer.caption();
    if (const auto &review = m_session.review()) {
        facts.reportId = review->reportId;
        facts.issued = review->issued;
    }
    facts.qaRevealed = m_viewer.overlayVisible() && !m_viewer.canvas()->watermark().isEmpty();
    const QImage view = m_viewer.grabView(); // widgets are painted on the GUI thread only

    m_busy = true;
    updateEnabled();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        finish(watcher->result(), tr("Exported the view to %1.").arg(path));
    });
    watcher->setFuture(QtConcurrent::run(dv::workerPool(), [view, facts, path] {
        QString error;
        return exporting::ViewSnapshot::write(view, facts, path, &error) ? QString() : error;
    }));
    return true;
}

void ExportActions::finish(const QString &error, const QString &success)
{
    m_busy = false;
    updateEnabled();
    if (error.isEmpty())
        emit exported(success);
    else
        emit failed(error);
}

} // namespace dv::ui
