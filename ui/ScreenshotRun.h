#pragma once

#include <QObject>
#include <QSize>
#include <QStringList>

namespace dv::ui {

class MainWindow;

/// `dermaview --screenshot OUT.png [--size WxH] [PHOTOS...]`: opens the photos, analyses them
/// on the configured server (the sandbox by default), waits for the result, renders the whole
/// window to OUT.png and reports done — for the README, documentation and QA.
class ScreenshotRun : public QObject
{
    Q_OBJECT

public:
    ScreenshotRun(MainWindow &window, QString output, QStringList photos,
                  QObject *parent = nullptr);
    void start();

signals:
    /// `error` is empty when the PNG was written.
    void finished(const QString &error);

private:
    void analyseWhenLoaded();
    void capture();
    void grabSoon();

    MainWindow &m_window;
    QString m_output;
    QStringList m_photos;
    int m_loaded = 0;
    bool m_done = false;
};

} // namespace dv::ui
