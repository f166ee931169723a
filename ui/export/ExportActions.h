#pragma once

#include <QObject>
#include <QPair>

class QAction;
class QWidget;

namespace dv::ui {

class Backend;
class CaseSession;
class OverlayViewer;

/// File ▸ "Export PDF…" and "Export view as PNG…". The PDF is the case's review (nothing it
/// withholds), its photos with the overlay of the conclusion shown in the viewer (the top one
/// for the other images); the PNG is the viewer as shown, with caption, report id and
/// disclaimer below it. Both are rendered and written on a worker thread, atomically.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    ExportActions(CaseSession &session, OverlayViewer &viewer, Backend &backend,
                  QWidget *dialogParent);

    QAction *exportPdfAction() const { return m_pdf; }
    QAction *exportViewAction() const { return m_view; }
    /// The conclusion whose heat map the viewer draws (its index in the response's array).
    void setShownConclusion(qsizetype imageIndex, qsizetype sourceIndex);
    /// Without a dialog (tests, scripts): false when there is nothing to export or one runs.
    bool exportPdf(const QString &path);
    bool exportView(const QString &path);
    bool isBusy() const { return m_busy; }

signals:
    /// A file was written; `message` says where (for the status bar).
    void exported(const QString &message);
    void failed(const QString &message);

private:
    void choosePdf();
    void chooseView();
    void updateEnabled();
    void finish(const QString &error, const QString &success);

    CaseSession &m_session;
    OverlayViewer &m_viewer;
    Backend &m_backend;
    QWidget *m_dialogParent;
    QAction *m_pdf = nullptr;
    QAction *m_view = nullptr;
    QPair<qsizetype, qsizetype> m_shown{-1, -1};
    bool m_busy = false;
};

} // namespace dv::ui
