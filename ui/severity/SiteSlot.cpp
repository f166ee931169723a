#include "SiteSlot.h"

#include "FieldErrorStyle.h"
#include "imaging/AsyncImageLoader.h"
#include "result/QaWatermark.h"
#include "result/ResultStyle.h"
#include "result/ToneLabel.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace dv::ui {

namespace {

QString g_nextFileName;

QString localFileOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return {};
}

} // namespace

void SiteSlot::setNextFileName(const QString &path)
{
    g_nextFileName = path;
}

SiteSlot::SiteSlot(const QString &code, const QString &name, QWidget *parent)
    : QFrame(parent), m_code(code), m_name(name)
{
    setObjectName(QStringLiteral("site_") + code);
    setFrameShape(QFrame::StyledPanel);
    setAcceptDrops(true);
    setAccessibleName(name);

    m_layout = new QVBoxLayout(this);
    auto *title = new QLabel(name, this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setToolTip(code);
    title->setWordWrap(true);
    m_layout->addWidget(title);

    m_thumbnail = new QLabel(this);
    m_thumbnail->setObjectName(QStringLiteral("thumbnail"));
    const int side = fontMetrics().height() * 6;
    m_thumbnail->setFixedSize(side * 4 / 3, side);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setFrameShape(QFrame::Box);
    m_thumbnail->setWordWrap(true);
    m_thumbnail->setText(tr("Drop a photo here"));
    m_layout->addWidget(m_thumbnail, 0, Qt::AlignHCenter);

    auto *buttons = new QHBoxLayout;
    auto *chooseButton = new QPushButton(tr("Choose…"), this);
    chooseButton->setObjectName(QStringLiteral("choose"));
    chooseButton->setAccessibleName(tr("Choose the photo of %1").arg(name));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("remove"));
    m_remove->setEnabled(false);
    buttons->addWidget(chooseButton);
    buttons->addWidget(m_remove);
    m_layout->addLayout(buttons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_layout->addWidget(m_status);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    FieldErrorStyle::styleMessage(m_error);
    m_error->hide();
    m_layout->addWidget(m_error);
    m_layout->addStretch(1);

    m_loader = new imaging::AsyncImageLoader(this);
    connect(m_loader, &imaging::AsyncImageLoader::previewReady, this, &SiteSlot::showThumbnail);
    connect(m_loader, &imaging::AsyncImageLoader::loaded, this, &SiteSlot::loaded);
    connect(m_loader, &imaging::AsyncImageLoader::failed, this, [this](const QString &message) {
        m_loading = false;
        m_upload.reset();
        m_thumbnail->setPixmap({});
        m_thumbnail->setText(tr("Drop a photo here"));
        m_status->setText(tr("Cannot use this file: %1").arg(message));
        m_remove->setEnabled(false);
        emit photoChanged();
    });
    connect(chooseButton, &QPushButton::clicked, this, &SiteSlot::choose);
    connect(m_remove, &QPushButton::clicked, this, &SiteSlot::removePhoto);
}

void SiteSlot::choose()
{
    QString path = g_nextFileName;
    g_nextFileName.clear();
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(
            this, tr("Photo of %1").arg(m_name), QString(),
            tr("Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp);;All files (*)"));
    if (!path.isEmpty())
        loadPhoto(path);
}

void SiteSlot::loadPhoto(const QString &path)
{
    clearFieldError();
    clearResult();
    m_status->setText(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    m_loading = true;
    m_upload.reset(); // the previous photo is replaced, never sent for this one
    m_loader->load(path);
    emit photoChanged();
}

void SiteSlot::removePhoto()
{
    m_loader->cancel();
    m_loading = false;
    m_upload.reset();
    m_thumbnail->setPixmap({});
    m_thumbnail->setText(tr("Drop a photo here"));
    m_status->clear();
    m_remove->setEnabled(false);
    clearFieldError();
    clearResult();
    emit photoChanged();
}

bool SiteSlot::isLoading() const
{
    // Our own flag: the loader still counts as loading while it delivers its result.
    return m_loading;
}

void SiteSlot::loaded(const imaging::PreparedImage &image)
{
    api::ImageUpload upload;
    upload.bytes = image.uploadBytes;
    upload.contentType = image.uploadMimeType;
    upload.title = m_code;
    m_upload = upload;
    m_loading = false;
    // A fast scale for a thumbnail of a few hundred pixels; the full photo is never painted.
    showThumbnail(image.displayed);
    m_status->setText(
        tr("%1 × %2 pixels").arg(image.displayed.width()).arg(image.displayed.height()));
    m_remove->setEnabled(true);
    emit photoChanged();
}

void SiteSlot::showThumbnail(const QImage &image)
{
    m_thumbnail->setPixmap(QPixmap::fromImage(
        image.scaled(m_thumbnail->size(), Qt::KeepAspectRatio, Qt::FastTransformation)));
}

void SiteSlot::setResult(const review::ImageReview &image)
{
    clearResult();
    m_result = new QWidget(this);
    auto *layout = new QVBoxLayout(m_result);
    layout->setContentsMargins(0, 0, 0, 0);
    QStringList lines;
    if (image.gate.valid) {
        auto *chip = new ToneLabel(review::Band::Tone::Good, tr("Valid"), m_result);
        chip->setObjectName(QStringLiteral("validity"));
        layout->addWidget(chip, 0, Qt::AlignLeft);
    } else {
        auto *chip = new ToneLabel(review::Band::Tone::Danger, tr("Not valid"), m_result);
        chip->setObjectName(QStringLiteral("validity"));
        layout->addWidget(chip, 0, Qt::AlignLeft);
        lines << image.gate.reasons;
        if (!image.retakePrompt.isEmpty())
            lines << image.retakePrompt;
    }
    if (image.qualityScore)
        lines << tr("Image quality %1 (%2)")
                     .arg(QLocale().toString(*image.qualityScore, 'f', 0),
                          image.qualityBand.label.isEmpty() ? image.qualityInterpretation
                                                            : image.qualityBand.label);
    // Present only when the review shows this site's content.
    m_showsContribution = image.gate.shown && image.scoreContribution.has_value();
    QWidget *contribution = nullptr;
    if (m_showsContribution) {
        auto *label =
            ResultStyle::textLabel(tr("Contribution to the global score: %1")
                                       .arg(QLocale().toString(*image.scoreContribution, 'g',
                                                               QLocale::FloatingPointShortest)),
                                   m_result);
        label->setObjectName(QStringLiteral("contribution"));
        contribution = QaWatermark::markIfRevealed(label, image.gate);
    }
    auto *text = ResultStyle::textLabel(lines.join(QLatin1Char('\n')), m_result);
    text->setObjectName(QStringLiteral("resultText"));
    text->setVisible(!lines.isEmpty());
    layout->addWidget(text);
    if (contribution)
        layout->addWidget(contribution);
    m_layout->insertWidget(m_layout->count() - 1, m_result);
}

void SiteSlot::clearResult()
{
    delete m_result;
    m_result = nullptr;
    m_showsContribution = false;
}

QString SiteSlot::resultText() const
{
    if (!m_result)
        return {};
    QStringList texts;
    for (const QLabel *label : m_result->findChildren<QLabel *>()) {
        if (!label->text().isEmpty() && !label->isHidden())
            texts << label->text();
    }
    return texts.join(QLatin1Char('\n'));
}

void SiteSlot::setFieldError(const QString &message)
{
    FieldErrorStyle::mark(this, true);
    m_error->setText(message);
    m_error->show();
}

void SiteSlot::clearFieldError()
{
    FieldErrorStyle::mark(this, false);
    m_error->clear();
    m_error->hide();
}

QString SiteSlot::fieldError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SiteSlot::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFileOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void SiteSlot::dropEvent(QDropEvent *event)
{
    const QString path = localFileOf(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    loadPhoto(path);
}

} // namespace dv::ui
