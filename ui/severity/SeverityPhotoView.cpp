#include "SeverityPhotoView.h"

#include "common/WorkerPool.h"
#include "imaging/HeatMapDecoding.h"
#include "imaging/MatConversion.h"
#include "imaging/OverlayCompositor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <opencv2/imgproc.hpp>

namespace dv::ui {

namespace {

constexpr int kComposeLongSide = 2048;
constexpr double kTintOpacity = 0.45;
// Magenta masks and yellow boxes: neither is a skin tone nor a band colour.
const cv::Vec3b kMaskBgr(255, 0, 255);
const cv::Vec3b kBoxBgr(0, 230, 255);

bool isMaskKey(const QString &key)
{
    return key.contains(QLatin1String("mask"), Qt::CaseInsensitive);
}

/// The photo scaled to fit, centred, aspect kept.
class ImageCanvas : public QWidget
{
public:
    explicit ImageCanvas(QWidget *parent) : QWidget(parent)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setMinimumSize(160, 120);
    }
    void setImage(const QImage &image)
    {
        m_image = image;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), palette().color(QPalette::Dark));
        if (m_image.isNull())
            return;
        const QSize fitted = m_image.size().scaled(size(), Qt::KeepAspectRatio);
        const QRect target(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2),
                           fitted);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(target, m_image);
    }

private:
    QImage m_image;
};

} // namespace

struct SeverityPhotoView::Composed
{
    QImage image;
    QString problem;
};

SeverityPhotoView::SeverityPhotoView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_controls = new QWidget(this);
    auto *controls = new QHBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    m_show = new QCheckBox(tr("Show masks and boxes"), m_controls);
    m_show->setObjectName(QStringLiteral("showOverlay"));
    m_show->setChecked(true);
    m_mask = new QComboBox(m_controls);
    m_mask->setObjectName(QStringLiteral("maskChoice"));
    m_mask->setAccessibleName(tr("Mask"));
    m_mask->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mask->setMinimumContentsLength(14);
    m_tint = new QRadioButton(tr("Tint"), m_controls);
    m_tint->setObjectName(QStringLiteral("tintMode"));
    m_outline = new QRadioButton(tr("Outline"), m_controls);
    m_outline->setObjectName(QStringLiteral("outlineMode"));
    m_tint->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_tint);
    group->addButton(m_outline);
    controls->addWidget(m_show);
    controls->addWidget(new QLabel(tr("Mask:"), m_controls));
    controls->addWidget(m_mask);
    controls->addWidget(m_tint);
    controls->addWidget(m_outline);
    controls->addStretch(1);
    layout->addWidget(m_controls);

    m_canvas = new ImageCanvas(this);
    m_canvas->setObjectName(QStringLiteral("severityPhoto"));
    layout->addWidget(m_canvas, 1);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("overlayLegend"));
    m_legend->setWordWrap(true);
    layout->addWidget(m_legend);

    connect(m_show, &QCheckBox::toggled, this, &SeverityPhotoView::recompose);
    connect(m_mask, &QComboBox::currentIndexChanged, this, &SeverityPhotoView::recompose);
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            recompose();
    });
    updateControls();
}

SeverityPhotoView::~SeverityPhotoView()
{
    if (m_watcher)
        m_watcher->disconnect(this); // the worker finishes on its own; its result is dropped
}

void SeverityPhotoView::setPhoto(const QImage &photo, QSize uploadedSize)
{
    m_photo = photo;
    m_uploadedSize = uploadedSize.isEmpty() ? photo.size() : uploadedSize;
    clearMedia();
}

void SeverityPhotoView::setMedia(const model::SeverityMedia &media)
{
    m_media = media;
    const QSignalBlocker blocker(m_mask);
    m_mask->clear();
    int preferred = -1;
    for (const model::Attachment &attachment : media.attachments) {
        if (!isMaskKey(attachment.key) || !attachment.hasData())
            continue;
        const QString label = attachment.title.isEmpty()
                                  ? attachment.key
                                  //: A mask in the chooser: its title and its key.
                                  : tr("%1 (%2)").arg(attachment.title, attachment.key);
        m_mask->addItem(label, attachment.key);
        // A binary mask is the region itself; prefer it over raw probabilities.
        if (preferred < 0 && attachment.key.contains(QLatin1String("Binary")))
            preferred = m_mask->count() - 1;
    }
    m_mask->setCurrentIndex(preferred >= 0 ? preferred : (m_mask->count() > 0 ? 0 : -1));
    updateControls();
    recompose();
}

void SeverityPhotoView::clearMedia()
{
    m_media = {};
    {
        const QSignalBlocker blocker(m_mask);
        m_mask->clear();
    }
    m_composed = QImage();
    m_problem.clear();
    updateControls();
    recompose();
}

void SeverityPhotoView::setOverlayVisible(bool visible)
{
    m_show->setChecked(visible);
}

bool SeverityPhotoView::overlayVisible() const
{
    return m_show->isChecked();
}

void SeverityPhotoView::setMaskStyle(imaging::MaskStyle style)
{
    (style == imaging::MaskStyle::Tint ? m_tint : m_outline)->setChecked(true);
}

imaging::MaskStyle SeverityPhotoView::maskStyle() const
{
    return m_outline->isChecked() ? imaging::MaskStyle::Outline : imaging::MaskStyle::Tint;
}

QStringList SeverityPhotoView::maskKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_mask->count(); ++i)
        keys << m_mask->itemData(i).toString();
    return keys;
}

QString SeverityPhotoView::currentMaskKey() const
{
    return m_mask->currentData().toString();
}

void SeverityPhotoView::setCurrentMaskKey(const QString &key)
{
    const int index = m_mask->findData(key);
    if (index >= 0)
        m_mask->setCurrentIndex(index);
}

QImage SeverityPhotoView::shownImage() const
{
    return overlayVisible() && !m_composed.isNull() ? m_composed : m_photo;
}

QString SeverityPhotoView::overlayProblem() const
{
    return m_problem;
}

QSize SeverityPhotoView::sizeHint() const
{
    return {480, 360};
}

void SeverityPhotoView::updateControls()
{
    const bool hasOverlay = m_mask->count() > 0 || !m_media.detections.isEmpty();
    m_controls->setVisible(hasOverlay);
    m_mask->setEnabled(m_mask->count() > 1);
    QStringList legend;
    if (hasOverlay) {
        if (m_mask->count() > 0)
            legend << tr("Magenta: the mask “%1”.").arg(m_mask->currentText());
        if (!m_media.detections.isEmpty()) {
            QStringList boxes;
            for (const model::Detection &detection : m_media.detections)
                boxes << (detection.confidence
                              //: A detection box: its code and the model's confidence.
                              ? tr("%1 %2 %")
                                    .arg(detection.code)
                                    .arg(*detection.confidence, 0, 'f', 1)
                              : detection.code);
            legend << tr("Yellow boxes: %n detection(s) (%1).", nullptr,
                         int(m_media.detections.size()))
                          .arg(boxes.join(QStringLiteral(", ")));
        }
    }
    if (!m_problem.isEmpty())
        legend << m_problem;
    m_legend->setText(legend.join(QLatin1Char(' ')));
    m_legend->setVisible(!legend.isEmpty());
}

void SeverityPhotoView::recompose()
{
    auto *canvas = static_cast<ImageCanvas *>(m_canvas);
    updateControls();
    const bool hasOverlay = m_mask->count() > 0 || !m_media.detections.isEmpty();
    if (!overlayVisible() || !hasOverlay || m_photo.isNull()) {
        canvas->setImage(shownImage());
        emit overlayShown();
        return;
    }
    if (m_watcher) {
        m_pending = true; // compose again with the latest settings once this one is done
        return;
    }
    std::optional<model::Attachment> mask;
    for (const model::Attachment &attachment : std::as_const(m_media.attachments)) {
        if (attachment.key == currentMaskKey())
            mask = attachment;
    }
    const QImage photo = m_photo;
    const cv::Size uploaded(m_uploadedSize.width(), m_uploadedSize.height());
    const QVector<model::Detection> detections = m_media.detections;
    const imaging::MaskStyle style = maskStyle();
    m_watcher = new QFutureWatcher<Composed>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const Composed composed = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        m_composed = composed.image;
        m_problem = composed.problem;
        if (m_pending) {
            m_pending = false;
            recompose();
            return;
        }
        updateControls();
        static_cast<ImageCanvas *>(m_canvas)->setImage(shownImage());
        emit overlayShown();
    });
    m_watcher->setFuture(QtConcurrent::run(dv::workerPool(), [photo, uploaded, mask, detections,
                                                              style] {
        Composed composed;
        cv::Mat full = imaging::toMat(photo);
        if (full.type() == CV_8UC4)
            cv::cvtColor(full, full, cv::COLOR_BGRA2BGR);
        else if (full.type() == CV_8UC1)
            cv::cvtColor(full, full, cv::COLOR_GRAY2BGR);
        cv::Mat canvasBgr = full;
        const int longSide = std::max(full.cols, full.rows);
        if (longSide > kComposeLongSide) {
            const double scale = double(kComposeLongSide) / longSide;
            cv::resize(full, canvasBgr, cv::Size(), scale, scale, cv::INTER_AREA);
        }
        const cv::Size geometry(canvasBgr.cols, canvasBgr.rows);
        const double opacity = style == imaging::MaskStyle::Tint ? kTintOpacity : 1.0;
        cv::Mat out = canvasBgr;
        // composeLayer() writes into a separate image: each layer goes over the previous.
        const auto drawLayer = [&](const imaging::OverlayLayer &layer) {
            cv::Mat next;
            if (imaging::composeLayer(out, layer, opacity, next))
                out = next;
        };
        if (mask) {
            const auto decoded =
                imaging::HeatMapDecoding::decode(*mask, imaging::AttachmentPixels::Grey);
            if (imaging::isError(decoded))
                composed.problem = SeverityPhotoView::tr("The mask “%1” cannot be drawn: %2")
                                       .arg(mask->key, imaging::errorMessage(decoded));
            else
                drawLayer(imaging::maskLayer(std::get<imaging::DecodedAttachment>(decoded).pixels,
                                             geometry, 0.5, style, kMaskBgr));
        }
        if (!detections.isEmpty())
            drawLayer(imaging::detectionLayer(detections, uploaded, geometry, style, kBoxBgr));
        composed.image = imaging::toQImage(out);
        return composed;
    }));
}

} // namespace dv::ui
