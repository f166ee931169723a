#pragma once

#include "imaging/SeverityOverlay.h"
#include "model/SeverityReport.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QRadioButton;
template <typename T> class QFutureWatcher;

namespace dv::ui {

/// The photo of a local severity assessment with the masks and detection boxes the service
/// returned drawn on it (imaging::SeverityOverlay, tint or outline), a toggle to hide them and
/// a choice of mask. Composed off the GUI thread at ≤ 2048 px on the long side. The caller
/// passes media only when the review shows the score: withheld masks never reach this view.
class SeverityPhotoView : public QWidget
{
    Q_OBJECT

public:
    explicit SeverityPhotoView(QWidget *parent = nullptr);
    ~SeverityPhotoView() override;

    /// The photo to draw on: the uploaded one or its display copy (CasePhoto::screen, ≤ 2048
    /// px), with the size of the uploaded image, the frame of the detection boxes (empty: the
    /// photo's own size). Masks are stretched to the photo. Clears the media.
    void setPhoto(const QImage &photo, QSize uploadedSize = {});
    /// Masks (attachments whose key names a mask) and detection boxes to draw.
    void setMedia(const model::SeverityMedia &media);
    void clearMedia();

    void setOverlayVisible(bool visible);
    bool overlayVisible() const;
    void setMaskStyle(imaging::MaskStyle style);
    imaging::MaskStyle maskStyle() const;
    /// The mask attachments offered, by key; the one drawn.
    QStringList maskKeys() const;
    QString currentMaskKey() const;
    void setCurrentMaskKey(const QString &key);

    /// What is painted now: the photo, or the photo with the overlay once composed.
    QImage shownImage() const;
    /// True while a composition runs.
    bool isComposing() const { return m_watcher != nullptr; }
    /// Problems decoding a mask (shown under the photo as well).
    QString overlayProblem() const;

    QSize sizeHint() const override;

signals:
    /// A composition finished (or the overlay was hidden): shownImage() is current.
    void overlayShown();

private:
    struct Composed;
    void recompose();
    void updateControls();

    QImage m_photo;
    QSize m_uploadedSize;
    model::SeverityMedia m_media;
    QImage m_composed;
    QWidget *m_canvas = nullptr;
    QWidget *m_controls = nullptr;
    QCheckBox *m_show = nullptr;
    QComboBox *m_mask = nullptr;
    QRadioButton *m_tint = nullptr;
    QRadioButton *m_outline = nullptr;
    QLabel *m_legend = nullptr;
    QFutureWatcher<Composed> *m_watcher = nullptr;
    bool m_pending = false;
    QString m_problem;
};

} // namespace dv::ui
