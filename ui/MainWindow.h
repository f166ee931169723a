#pragma once

#include "ImageFileLoader.h"

#include <QMainWindow>
#include <QVector>

class QActionGroup;
class QListWidget;

namespace dv::ui {

class ImageView;

/// Until the review workstation lands this window opens and shows photos, nothing more:
/// no result panels exist yet, so none are shown.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Decodes the files off the GUI thread and adds each to the list as it arrives.
    void openImages(const QStringList &paths);
    /// Number of decodes still running (for tests and the status bar).
    int pendingLoads() const { return m_pendingLoads; }
    ImageView *imageView() const { return m_view; }
    QListWidget *photoList() const { return m_list; }
    /// Files that could not be decoded, in the order they failed.
    QStringList failedPaths() const { return m_failedPaths; }

signals:
    /// Emitted after each file has been decoded or has failed.
    void imageLoaded(const QString &path, bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void chooseImages();
    void showCurrent();
    void addLoaded(const LoadedImage &loaded);
    void setLanguage(const QString &language);
    void showAbout();

    ImageView *m_view = nullptr;
    QListWidget *m_list = nullptr;
    QActionGroup *m_languages = nullptr;
    QVector<LoadedImage> m_images;
    QStringList m_failedPaths;
    int m_pendingLoads = 0;
};

} // namespace dv::ui
