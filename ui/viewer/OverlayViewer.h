#pragma once

#include "imaging/OverlayCompositor.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;

namespace dv::ui {

class PhotoCanvas;

/// The image viewer: the selected photo with the heat map of the selected conclusion over it,
/// in the imaging library's modes (blend, attention with legend, contour), opacity and
/// threshold sliders, a key to toggle the overlay (O) and a side-by-side view (S) whose zoom
/// and pan stay in step. Overlays are composed at display resolution (long side ≤ 2048 px),
/// so moving a slider re-runs only the final blend.
class OverlayViewer : public QWidget
{
    Q_OBJECT

public:
    explicit OverlayViewer(QWidget *parent = nullptr);
    ~OverlayViewer() override;

    /// A new photo; any heat map is dropped. `screen` is the photo at display resolution
    /// (long side ≤ 2048) and `screenBgr` the same as OpenCV BGR — overlays are composed on
    /// it; when null they are made here, slowly. The same photo again changes nothing.
    void setPhoto(const QImage &photo, const QImage &screen = QImage(),
                  const cv::Mat &screenBgr = cv::Mat());
    void setMessage(const QString &message);
    /// Draws `heatMap` (decoded, JET-coloured, any size: stretched over the whole photo).
    /// `caption` says which conclusion it explains; `watermark` marks QA-revealed content.
    void setHeatMap(const cv::Mat &heatMap, const QString &caption, const QString &watermark);
    /// No heat map, with the reason shown in the caption line (empty: nothing to say).
    void clearHeatMap(const QString &reason = QString());

    bool hasHeatMap() const { return m_hasHeatMap; }
    bool overlayVisible() const;
    bool sideBySide() const;
    PhotoCanvas *canvas() const { return m_main; }
    PhotoCanvas *originalCanvas() const { return m_original; }
    QString caption() const;
    /// The canvases as shown (both when side by side): photo, overlay, legend, watermark.
    /// For "Export view as PNG"; paints widgets, so GUI thread only.
    QImage grabView() const;
    imaging::OverlayStyle style() const;

public slots:
    void setOverlayVisible(bool visible);
    void setSideBySide(bool enabled);
    void setOpacityPercent(int percent);

private:
    void recompose();
    void restyle();
    void saveSettings() const;

    PhotoCanvas *m_main = nullptr;
    PhotoCanvas *m_original = nullptr;
    QCheckBox *m_overlay = nullptr;
    QComboBox *m_mode = nullptr;
    QSlider *m_opacity = nullptr;
    QSlider *m_threshold = nullptr;
    QComboBox *m_palette = nullptr;
    QCheckBox *m_sideBySide = nullptr;
    QLabel *m_caption = nullptr;
    QImage m_photo;
    imaging::OverlayCompositor m_compositor;
    QTimer m_saveTimer;
    bool m_hasHeatMap = false;
    QString m_watermark;
};

} // namespace dv::ui
