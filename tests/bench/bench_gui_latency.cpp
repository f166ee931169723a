// How long the window's GUI thread stalls while three 12 MP photos are opened and analysed on
// the embedded sandbox. A probe timer asks to run every 5 ms; the gap between two of its runs
// beyond those 5 ms is time the event loop could not serve input or paint. Baseline: the same
// probe over an idle window, in the same run. Target (issue #6): no stall over 50 ms.
#include "BenchPhotos.h"
#include "MainWindow.h"
#include "case/CasePanel.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <csignal>
#include <execinfo.h>
#include <pthread.h>
#include <thread>
#include <unistd.h>

namespace {

constexpr int kProbeMs = 5;

struct Stalls
{
    QVector<double> gapsMs; ///< time between probes beyond the interval asked for

    double percentile(double p) const
    {
        if (gapsMs.isEmpty())
            return 0;
        QVector<double> sorted = gapsMs;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(qMin(sorted.size() - 1, qsizetype(p * double(sorted.size()))));
    }
    double max() const
    {
        return gapsMs.isEmpty() ? 0 : *std::max_element(gapsMs.cbegin(), gapsMs.cend());
    }
    qsizetype over(double ms) const
    {
        return std::count_if(gapsMs.cbegin(), gapsMs.cend(), [ms](double g) { return g > ms; });
    }
};

// Stall tracing (DV_BENCH_STALL_TRACE=MS): a watchdog thread sends SIGUSR2 to the GUI thread
// when the probe has not run for MS milliseconds; the handler writes the GUI thread's stack to
// stderr. For finding what a stall is; the figures are taken without it.
std::atomic<qint64> g_lastProbeNs{0};
pthread_t g_guiThread;

void dumpStack(int)
{
    void *frames[48];
    const int n = backtrace(frames, 48);
    const char header[] = "--- GUI thread during a stall:\n";
    (void)!write(STDERR_FILENO, header, sizeof header - 1);
    backtrace_symbols_fd(frames, n, STDERR_FILENO);
}

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void startStallTracer()
{
    const int thresholdMs = qEnvironmentVariableIntValue("DV_BENCH_STALL_TRACE");
    if (thresholdMs <= 0)
        return;
    g_guiThread = pthread_self();
    std::signal(SIGUSR2, dumpStack);
    std::thread([thresholdMs] {
        qint64 reported = -1;
        for (;;) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            const qint64 last = g_lastProbeNs.load();
            if (last != reported && last != 0 && steadyNs() - last > thresholdMs * 1000000LL) {
                reported = last;
                pthread_kill(g_guiThread, SIGUSR2);
            }
        }
    }).detach();
}

/// Runs the event loop until `done` returns true, probing its latency meanwhile.
Stalls probeUntil(const std::function<bool()> &done, int timeoutMs)
{
    Stalls stalls;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(kProbeMs);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        stalls.gapsMs.append(qMax(0.0, double(now - last) / 1e6 - kProbeMs));
        last = now;
        g_lastProbeNs = steadyNs();
    });
    g_lastProbeNs = steadyNs();
    probe.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    g_lastProbeNs = 0;
    return stalls;
}

void report(QTextStream &out, const char *phase, const Stalls &s)
{
    out << phase << ": probes " << s.gapsMs.size() << ", p50 " << s.percentile(0.5) << " ms, p99 "
        << s.percentile(0.99) << " ms, max " << s.max() << " ms, over 50 ms: " << s.over(50)
        << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    startStallTracer();
    QApplication::setOrganizationName(QStringLiteral("DermaviewBench"));
    QTextStream out(stdout);
    QTemporaryDir dir;
    QStringList paths;
    const char *names[] = {"psoriasis_01.jpg", "nevus.jpg", "acne.jpg"};
    for (int i = 0; i < 3; ++i) {
        const QString path = dir.filePath(QStringLiteral("photo%1.jpg").arg(i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(cameraLikeJpeg(names[i], unsigned(i + 1))) <= 0)
            return 1;
        paths << path;
    }
    out << "photos: 3 x 4000x3000 JPEG (camera-like, see BenchPhotos.cpp)\n";

    const int rounds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 3;
    for (int round = 0; round < rounds; ++round) {
        dv::ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QElapsedTimer idleClock;
        idleClock.start();
        const Stalls idle = probeUntil([&] { return idleClock.elapsed() > 2000; }, 3000);

        int loaded = 0;
        QObject::connect(&window, &dv::ui::MainWindow::imageLoaded, [&] { ++loaded; });
        QElapsedTimer clock;
        clock.start();
        window.openImages(paths);
        const Stalls opening = probeUntil([&] { return loaded == 3; }, 120000);
        const qint64 openMs = clock.restart();
        window.findChild<dv::ui::CasePanel *>()->analyseAction()->trigger();
        const Stalls analysing =
            probeUntil([&] { return window.caseSession().review().has_value(); }, 300000);
        const qint64 analyseMs = clock.elapsed();
        if (!window.caseSession().review()) {
            out << "the analysis did not finish\n";
            return 1;
        }
        out << "round " << round + 1 << ": open " << openMs << " ms, analyse " << analyseMs
            << " ms\n";
        report(out, "  idle window (baseline)", idle);
        report(out, "  opening 3 photos", opening);
        report(out, "  analysing 3 photos", analysing);
        out.flush();
    }
    return 0;
}
