#include "ExplainabilityGallery.h"

#include "common/WorkerPool.h"
#include "imaging/HeatMapDecoding.h"
#include "imaging/MatConversion.h"
#include "result/QaWatermark.h"
#include "result/ResultStyle.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QLabel>
#include <QPointer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace dv::ui {

namespace {

constexpr int thumbnailSide = 180;
constexpr int columns = 3;

struct DecodedMedia
{
    QImage image;
    QString error;
};

/// `data:image/png;base64,....` → the attachment the heat-map decoder reads; nullopt for
/// anything else (a link to the vendor's storage).
std::optional<model::Attachment> embeddedAttachment(const QString &url)
{
    if (!url.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
        return std::nullopt;
    const qsizetype comma = url.indexOf(QLatin1Char(','));
    if (comma < 0)
        return std::nullopt;
    const QString header = url.mid(5, comma - 5);
    if (!header.endsWith(QLatin1String(";base64"), Qt::CaseInsensitive))
        return std::nullopt;
    model::Attachment attachment;
    attachment.contentType = header.left(header.size() - 7);
    attachment.base64Data = url.mid(comma + 1);
    return attachment;
}

/// The scoring system and what it concluded: the server's interpretation, else the severity
/// band its value lies in.
QString labelOf(const review::ScoreReview &score)
{
    QString conclusion = score.interpretation;
    for (const model::SeverityBand &band : score.bands) {
        if (conclusion.isEmpty() && score.value && band.min && band.max &&
            *score.value >= *band.min && *score.value <= *band.max)
            conclusion = band.text;
    }
    return conclusion.isEmpty() ? score.name
                                : ExplainabilityGallery::tr("%1 — %2").arg(score.name, conclusion);
}

DecodedMedia decodeMedia(const model::Attachment &attachment)
{
    const auto decoded =
        imaging::HeatMapDecoding::decode(attachment, imaging::AttachmentPixels::Colour);
    if (imaging::isError(decoded))
        return {QImage(), imaging::errorMessage(decoded)};
    return {imaging::toQImage(std::get<imaging::DecodedAttachment>(decoded).pixels), QString()};
}

} // namespace

ExplainabilityGallery::ExplainabilityGallery(QWidget *parent)
    : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
}

QVector<ExplainabilityMedia> ExplainabilityGallery::mediaOf(const model::StoredReport &report,
                                                            const review::Review &review)
{
    QVector<ExplainabilityMedia> media;
    // The review lists the report's scoring systems in the report's order; a system whose gate
    // is not shown contributes nothing, its media included.
    for (qsizetype i = 0; i < report.scoringSystems.size() && i < review.scores.size(); ++i) {
        const review::ScoreReview &score = review.scores.at(i);
        const QString &url = report.scoringSystems.at(i).explainabilityUrl;
        if (!score.gate.shown || url.isEmpty())
            continue;
        media.append({labelOf(score), url, score.gate});
    }
    return media;
}

void ExplainabilityGallery::setMedia(const QVector<ExplainabilityMedia> &media)
{
    ++m_generation;
    m_pending = 0;
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_media = media;
    m_images = QVector<QImage>(media.size());
    // Thumbnails fill rows of `columns`; a linked medium takes a row of its own, so its
    // address has the width to be read.
    int row = 0, column = 0;
    for (qsizetype i = 0; i < media.size(); ++i) {
        QWidget *block = mediaBlock(i, media.at(i));
        if (showsAsThumbnail(media.at(i))) {
            m_grid->addWidget(block, row, column, Qt::AlignTop | Qt::AlignLeft);
            if (++column == columns) {
                column = 0;
                ++row;
            }
        } else {
            if (column != 0) {
                column = 0;
                ++row;
            }
            m_grid->addWidget(block, row++, 0, 1, columns + 1, Qt::AlignTop);
        }
    }
    m_grid->setRowStretch(column == 0 ? row : row + 1, 1);
    m_grid->setColumnStretch(columns, 1);
    if (m_pending == 0)
        emit decodesFinished();
}

bool ExplainabilityGallery::showsAsThumbnail(const ExplainabilityMedia &media) const
{
    return embeddedAttachment(media.url) || m_loader;
}

QWidget *ExplainabilityGallery::mediaBlock(qsizetype index, const ExplainabilityMedia &media)
{
    auto *block = new QWidget;
    auto *layout = new QVBoxLayout(block);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto attachment = embeddedAttachment(media.url);
    if (!showsAsThumbnail(media)) {
        // Only a link, and nothing to download it with: named and listed, so the clinician
        // knows the report has it.
        QLabel *title = ResultStyle::heading(media.label, block, 1.0);
        layout->addWidget(title);
        QLabel *status =
            ResultStyle::textLabel(tr("Kept on the vendor's server, not downloaded:"), block);
        status->setObjectName(QStringLiteral("explainabilityStatus"));
        layout->addWidget(status);
        QLabel *link = ResultStyle::textLabel(media.url, block);
        link->setObjectName(QStringLiteral("explainabilityLink"));
        layout->addWidget(link);
        return QaWatermark::markIfRevealed(block, media.gate);
    }

    auto *thumbnail = new QToolButton(block);
    thumbnail->setObjectName(QStringLiteral("explainabilityThumbnail"));
    thumbnail->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    thumbnail->setIconSize(QSize(thumbnailSide, thumbnailSide));
    thumbnail->setText(media.label);
    thumbnail->setToolTip(tr("Click to enlarge"));
    thumbnail->setEnabled(false);
    layout->addWidget(thumbnail);
    QLabel *status =
        ResultStyle::textLabel(attachment ? tr("Decoding…") : tr("Downloading…"), block);
    status->setObjectName(QStringLiteral("explainabilityStatus"));
    status->setMaximumWidth(thumbnailSide + 40);
    layout->addWidget(status);
    connect(thumbnail, &QToolButton::clicked, this, [this, index] { enlarge(index); });

    ++m_pending;
    const int generation = m_generation;
    QPointer<QToolButton> button(thumbnail);
    QPointer<QLabel> statusLabel(status);
    const auto show = [this, generation, index, button, statusLabel](const QImage &image,
                                                                     const QString &error) {
        if (generation != m_generation)
            return;
        if (button && statusLabel) {
            if (image.isNull()) {
                statusLabel->setText(tr("This image could not be read: %1").arg(error));
            } else {
                m_images[index] = image;
                button->setIcon(QPixmap::fromImage(image.scaled(
                    thumbnailSide, thumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
                button->setEnabled(true);
                statusLabel->setText(tr("%1 × %2 px").arg(image.width()).arg(image.height()));
            }
        }
        if (--m_pending == 0)
            emit decodesFinished();
    };
    if (!attachment) {
        m_loader(media.url, block, show);
        return QaWatermark::markIfRevealed(block, media.gate);
    }
    auto *watcher = new QFutureWatcher<DecodedMedia>(block);
    connect(watcher, &QFutureWatcherBase::finished, block, [watcher, show] {
        watcher->deleteLater();
        const DecodedMedia decoded = watcher->result();
        show(decoded.image, decoded.error);
    });
    watcher->setFuture(QtConcurrent::run(dv::workerPool(), decodeMedia, *attachment));
    return QaWatermark::markIfRevealed(block, media.gate);
}

QDialog *ExplainabilityGallery::enlarge(qsizetype index)
{
    const QImage image = m_images.value(index);
    if (image.isNull())
        return nullptr;
    return ReportMedia::enlarge(this, image, m_media.at(index).label, m_media.at(index).gate);
}

} // namespace dv::ui
