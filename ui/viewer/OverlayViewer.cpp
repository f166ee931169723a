#include "OverlayViewer.h"

#include "PhotoCanvas.h"
#include "imaging/MatConversion.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QShortcut>
#include <QSlider>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace dv::ui {

namespace {

constexpr int kComposeLongSide = 2048;
const QString kSettings = QStringLiteral("viewer/");

QSlider *percentSlider(int value, const QString &name, QWidget *parent)
{
    auto *slider = new QSlider(Qt::Horizontal, parent);
    slider->setRange(0, 100);
    slider->setValue(value);
    slider->setAccessibleName(name);
    slider->setMinimumWidth(56);
    return slider;
}

} // namespace

OverlayViewer::OverlayViewer(QWidget *parent) : QWidget(parent)
{
    QSettings settings;
    m_main = new PhotoCanvas(this);
    m_original = new PhotoCanvas(this);
    m_original->setAccessibleName(tr("Photo without overlay"));

    m_overlay = new QCheckBox(tr("&Overlay"), this);
    m_overlay->setChecked(settings.value(kSettings + QStringLiteral("overlay"), true).toBool());
    m_overlay->setToolTip(tr("Show the heat map of the selected conclusion (O)"));
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Blend"), int(imaging::OverlayMode::Blend));
    m_mode->addItem(tr("Attention"), int(imaging::OverlayMode::Attention));
    m_mode->addItem(tr("Contour"), int(imaging::OverlayMode::Contour));
    m_mode->setAccessibleName(tr("Overlay mode"));
    m_mode->setCurrentIndex(
        std::clamp(settings.value(kSettings + QStringLiteral("mode"), 0).toInt(), 0, 2));
    m_opacity = percentSlider(settings.value(kSettings + QStringLiteral("opacity"), 50).toInt(),
                              tr("Opacity"), this);
    m_threshold = percentSlider(settings.value(kSettings + QStringLiteral("threshold"), 50).toInt(),
                                tr("Threshold"), this);
    m_palette = new QComboBox(this);
    m_palette->addItem(QStringLiteral("viridis"), int(imaging::Palette::Viridis));
    m_palette->addItem(QStringLiteral("cividis"), int(imaging::Palette::Cividis));
    m_palette->addItem(QStringLiteral("jet"), int(imaging::Palette::Jet));
    m_palette->setAccessibleName(tr("Colour map"));
    m_palette->setCurrentIndex(
        std::clamp(settings.value(kSettings + QStringLiteral("palette"), 0).toInt(), 0, 2));
    m_sideBySide = new QCheckBox(tr("&Side by side"), this);
    m_sideBySide->setToolTip(tr("The photo alone beside the overlay, zoom and pan in step (S)"));
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_overlay);
    controls->addWidget(m_mode);
    controls->addWidget(new QLabel(tr("Opacity"), this));
    controls->addWidget(m_opacity, 1);
    auto *thresholdLabel = new QLabel(tr("Threshold"), this);
    controls->addWidget(thresholdLabel);
    controls->addWidget(m_threshold, 1);
    controls->addWidget(m_palette);
    controls->addWidget(m_sideBySide);

    auto *canvases = new QSplitter(this);
    canvases->addWidget(m_original);
    canvases->addWidget(m_main);
    canvases->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_caption);
    layout->addWidget(canvases, 1);

    // Side by side: either canvas drives the other's zoom and pan.
    connect(m_main, &PhotoCanvas::viewChanged, m_original, &PhotoCanvas::setView);
    connect(m_original, &PhotoCanvas::viewChanged, m_main, &PhotoCanvas::setView);
    connect(m_overlay, &QCheckBox::toggled, this, &OverlayViewer::recompose);
    connect(m_opacity, &QSlider::valueChanged, this, &OverlayViewer::recompose);
    connect(m_threshold, &QSlider::valueChanged, this, &OverlayViewer::recompose);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &OverlayViewer::restyle);
    connect(m_palette, &QComboBox::currentIndexChanged, this, &OverlayViewer::recompose);
    connect(m_sideBySide, &QCheckBox::toggled, this, &OverlayViewer::setSideBySide);
    // Remembered a moment after the person changes a control, not on every recomposition or
    // slider step: a settings write is a file write on the GUI thread.
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(1000);
    connect(&m_saveTimer, &QTimer::timeout, this, &OverlayViewer::saveSettings);
    for (QSlider *slider : {m_opacity, m_threshold})
        connect(slider, &QSlider::valueChanged, &m_saveTimer, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_mode, m_palette})
        connect(box, &QComboBox::currentIndexChanged, &m_saveTimer, qOverload<>(&QTimer::start));
    for (QCheckBox *box : {m_overlay, m_sideBySide})
        connect(box, &QCheckBox::toggled, &m_saveTimer, qOverload<>(&QTimer::start));
    auto *toggle = new QShortcut(QKeySequence(Qt::Key_O), this);
    connect(toggle, &QShortcut::activated, m_overlay, &QCheckBox::toggle);
    auto *side = new QShortcut(QKeySequence(Qt::Key_S), this);
    connect(side, &QShortcut::activated, m_sideBySide, &QCheckBox::toggle);

    setSideBySide(settings.value(kSettings + QStringLiteral("sideBySide"), false).toBool());
    restyle();
    clearHeatMap();
}

OverlayViewer::~OverlayViewer()
{
    if (m_saveTimer.isActive())
        saveSettings();
}

void OverlayViewer::setPhoto(const QImage &photo, const QImage &screen, const cv::Mat &screenBgr)
{
    if (!photo.isNull() && photo.cacheKey() == m_photo.cacheKey())
        return; // the panel re-announces its selection after every change
    m_photo = photo;
    // The compositor works on a display-resolution copy: sliders then cost milliseconds.
    QImage display = screen;
    if (display.isNull()) {
        display = photo;
        if (std::max(photo.width(), photo.height()) > kComposeLongSide)
            display = photo.scaled(kComposeLongSide, kComposeLongSide, Qt::KeepAspectRatio,
                                   Qt::SmoothTransformation);
    }
    m_main->setPhoto(photo, display);
    m_original->setPhoto(photo, display);
    m_compositor.setPhoto(screenBgr.empty() ? imaging::toMat(display) : screenBgr);
    clearHeatMap();
}

void OverlayViewer::setMessage(const QString &message)
{
    m_main->setMessage(message);
    m_original->setMessage(message);
}

void OverlayViewer::setHeatMap(const cv::Mat &heatMap, const QString &caption,
                               const QString &watermark)
{
    m_compositor.setHeatMap(heatMap);
    m_hasHeatMap = m_compositor.isReady();
    m_watermark = watermark;
    m_caption->setText(caption);
    recompose();
}

void OverlayViewer::clearHeatMap(const QString &reason)
{
    m_hasHeatMap = false;
    m_watermark.clear();
    m_caption->setText(reason);
    recompose();
}

bool OverlayViewer::overlayVisible() const
{
    return m_hasHeatMap && m_overlay->isChecked();
}

bool OverlayViewer::sideBySide() const
{
    return m_sideBySide->isChecked();
}

QString OverlayViewer::caption() const
{
    return m_caption->text();
}

QImage OverlayViewer::grabView() const
{
    // The splitter holding the canvases; the original is hidden unless side by side.
    return m_main->parentWidget()->grab().toImage();
}

imaging::OverlayStyle OverlayViewer::style() const
{
    imaging::OverlayStyle style;
    style.mode = imaging::OverlayMode(m_mode->currentData().toInt());
    style.opacity = m_opacity->value() / 100.0;
    style.threshold = m_threshold->value() / 100.0;
    style.palette = imaging::Palette(m_palette->currentData().toInt());
    return style;
}

void OverlayViewer::setOverlayVisible(bool visible)
{
    m_overlay->setChecked(visible);
}

void OverlayViewer::setSideBySide(bool enabled)
{
    m_sideBySide->setChecked(enabled);
    m_original->setVisible(enabled);
    if (enabled)
        m_original->setView(m_main->zoom(),
                            m_main->photoRect().isEmpty()
                                ? QPointF()
                                : QPointF(m_photo.width() / 2.0, m_photo.height() / 2.0),
                            m_main->fitsWindow());
}

void OverlayViewer::setOpacityPercent(int percent)
{
    m_opacity->setValue(percent);
}

void OverlayViewer::restyle()
{
    // Threshold and colour map mean nothing to a plain blend.
    const bool blend = style().mode == imaging::OverlayMode::Blend;
    m_threshold->setEnabled(!blend);
    m_palette->setEnabled(!blend);
    recompose();
}

void OverlayViewer::recompose()
{
    const bool show = overlayVisible();
    const imaging::OverlayStyle current = style();
    m_main->setComposed(show ? m_compositor.composeImage(current) : QImage());
    m_main->setWatermark(show ? m_watermark : QString());
    m_main->setLegend(show && current.mode == imaging::OverlayMode::Attention
                          ? std::optional<imaging::Palette>(current.palette)
                          : std::nullopt,
                      current.threshold);
}

void OverlayViewer::saveSettings() const
{
    QSettings settings;
    settings.setValue(kSettings + QStringLiteral("overlay"), m_overlay->isChecked());
    settings.setValue(kSettings + QStringLiteral("mode"), m_mode->currentIndex());
    settings.setValue(kSettings + QStringLiteral("opacity"), m_opacity->value());
    settings.setValue(kSettings + QStringLiteral("threshold"), m_threshold->value());
    settings.setValue(kSettings + QStringLiteral("palette"), m_palette->currentIndex());
    settings.setValue(kSettings + QStringLiteral("sideBySide"), m_sideBySide->isChecked());
}

} // namespace dv::ui
