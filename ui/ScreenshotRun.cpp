#include "ScreenshotRun.h"

#include "MainWindow.h"
#include "case/CasePanel.h"

#include <QAction>
#include <QTimer>

namespace dv::ui {

namespace {

/// Long enough for an analysis of three large photos on a slow machine.
constexpr int kTimeoutMs = 300000;

} // namespace

ScreenshotRun::ScreenshotRun(MainWindow &window, QString output, QStringList photos,
                             QObject *parent)
    : QObject(parent), m_window(window), m_output(std::move(output)), m_photos(std::move(photos))
{}

void ScreenshotRun::start()
{
    QTimer::singleShot(kTimeoutMs, this, [this] {
        if (!m_done) {
            m_done = true;
            emit finished(tr("No result within %1 seconds.").arg(kTimeoutMs / 1000));
        }
    });
    connect(&m_window.caseSession(), &CaseSession::resultChanged, this, [this] {
        if (m_window.caseSession().review())
            capture();
    });
    connect(&m_window.caseSession(), &CaseSession::analysisFailed, this, [this] { capture(); });
    if (m_photos.isEmpty()) {
        capture();
        return;
    }
    connect(&m_window, &MainWindow::imageLoaded, this, [this] {
        if (++m_loaded == m_photos.size())
            analyseWhenLoaded();
    });
    m_window.openImages(m_photos);
}

void ScreenshotRun::analyseWhenLoaded()
{
    if (m_window.caseSession().photos().isEmpty()) {
        capture(); // every photo failed: the window shows why
        return;
    }
    if (auto *panel = m_window.findChild<CasePanel *>())
        panel->analyseAction()->trigger();
}

void ScreenshotRun::capture()
{
    if (m_done)
        return;
    m_done = true;
    // The top conclusion's heat map is decoded on a worker: the screenshot shows it.
    if (m_window.heatMapPending()) {
        connect(&m_window, &MainWindow::heatMapSettled, this, &ScreenshotRun::grabSoon,
                Qt::SingleShotConnection);
        return;
    }
    grabSoon();
}

void ScreenshotRun::grabSoon()
{
    // Let the panels lay out the new result before grabbing.
    QTimer::singleShot(300, this, [this] {
        const bool saved = m_window.grab().save(m_output, "PNG");
        emit finished(saved ? QString() : tr("Cannot write %1.").arg(m_output));
    });
}

} // namespace dv::ui
