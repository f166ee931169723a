#include "StoredReportView.h"

#include "ExplainabilityGallery.h"
#include "ReportContextSection.h"
#include "ReportScoresSection.h"
#include "result/ImageReviewPanel.h"
#include "result/ReportHeader.h"
#include "result/ResultPanel.h"
#include "result/ResultStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace dv::ui {

namespace {

constexpr int photoSide = 240;

QScrollArea *scrolling(QWidget *content)
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    return scroll;
}

} // namespace

StoredReportView::StoredReportView(QWidget *parent) : QWidget(parent), m_tabs(new QTabWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_tabs->setDocumentMode(true);
    clear();
}

void StoredReportView::clear()
{
    m_hasReport = false;
    m_review = review::Review();
    m_result = nullptr;
    m_gallery = nullptr;
    m_observations.clear();
    m_photos.clear();
    m_pendingPhotos = 0;
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_tabs->addTab(ResultStyle::textLabel(tr("Fetch a report by its identifier or open a saved "
                                             "report file to see it here."),
                                          m_tabs),
                   tr("No report"));
}

void StoredReportView::setReport(const model::StoredReport &report, bool qaMode)
{
    clear();
    delete m_tabs->widget(0);
    m_review = review::Reviewer::review(report, review::ReviewOptions{qaMode});
    m_hasReport = true;

    m_tabs->addTab(summaryTab(), tr("Report"));
    m_photos = QVector<QImage>(m_review.images.size());
    for (qsizetype i = 0; i < m_review.images.size(); ++i) {
        auto *panel = new ImageReviewPanel;
        panel->setImage(m_review, i);
        m_observations.append(panel);
        // Named as the panel's own heading names it.
        const QString title = m_review.images.at(i).gate.valid
                                  ? tr("Image %1").arg(i + 1)
                                  : tr("Image %1 (not valid)").arg(i + 1);
        const QString url =
            i < report.observations.size() ? report.observations.at(i).url : QString();
        m_tabs->addTab(m_loader && !url.isEmpty() ? observationTab(i, panel, url) : panel, title);
    }
    if (m_pendingPhotos == 0)
        emit photosSettled();
    if (!m_review.scores.isEmpty())
        m_tabs->addTab(scoresTab(), tr("Scoring systems (%1)").arg(m_review.scores.size()));
    const QVector<ExplainabilityMedia> media = ExplainabilityGallery::mediaOf(report, m_review);
    if (!media.isEmpty()) {
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        layout->addWidget(ResultStyle::heading(tr("Explainability media"), page, 1.3));
        layout->addWidget(ResultStyle::textLabel(
            tr("What the model attended to for each scoring system. A stored report carries no "
               "photo to lay them over, so they are shown as sent."),
            page));
        m_gallery = new ExplainabilityGallery(page);
        m_gallery->setLoader(m_loader);
        layout->addWidget(m_gallery, 1);
        m_gallery->setMedia(media);
        m_tabs->addTab(scrolling(page), tr("Explainability (%1)").arg(media.size()));
    }
}

QWidget *StoredReportView::summaryTab()
{
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    m_result = new ResultPanel(splitter);
    m_result->setReview(m_review);
    // A stored report cannot be analysed again from here: it carries no photos. The panel
    // offers it for analyses, so the button and its explanation (the button's tooltip) go.
    if (QPushButton *reanalyse = m_result->reanalyseButton()) {
        reanalyse->hide();
        for (QLabel *label : reanalyse->parentWidget()->findChildren<QLabel *>()) {
            if (label->text() == reanalyse->toolTip())
                label->hide();
        }
    }
    auto *context = new ReportContextSection(m_review);
    context->setContentsMargins(ResultStyle::sectionSpacing(context) / 2, 0, 0, 0);
    splitter->addWidget(m_result);
    splitter->addWidget(scrolling(context));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return splitter;
}

QWidget *StoredReportView::observationTab(qsizetype index, ImageReviewPanel *panel,
                                          const QString &url)
{
    // The photo as the service kept it: the patient's own picture, not a clinical output, so
    // it is shown whatever the observation's validity (the panel below says that).
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    auto *photo = new QToolButton(page);
    photo->setObjectName(QStringLiteral("observationPhoto"));
    photo->setIconSize(QSize(photoSide, photoSide));
    photo->setToolTip(tr("Click to enlarge"));
    photo->setEnabled(false);
    photo->setAccessibleName(tr("Photo %1").arg(index + 1));
    QLabel *status = ResultStyle::textLabel(tr("Downloading the photo…"), page);
    status->setObjectName(QStringLiteral("observationPhotoStatus"));
    row->addWidget(photo);
    row->addWidget(status, 1);
    layout->addLayout(row);
    layout->addWidget(panel, 1);
    connect(photo, &QToolButton::clicked, this, [this, index, page] {
        ReportMedia::enlarge(page, m_photos.value(index), tr("Photo %1").arg(index + 1),
                             review::Gate{true, true, {}});
    });
    ++m_pendingPhotos;
    QPointer<QToolButton> button(photo);
    m_loader(url, status, [this, index, button, status](const QImage &image, const QString &error) {
        if (image.isNull()) {
            status->setText(tr("The photo could not be shown: %1").arg(error));
        } else if (button) {
            m_photos[index] = image;
            const QImage shown =
                image.scaled(photoSide, photoSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            button->setIconSize(shown.size()); // the frame hugs a wide or tall photo
            button->setIcon(QPixmap::fromImage(shown));
            button->setEnabled(true);
            status->setText(tr("%1 × %2 px").arg(image.width()).arg(image.height()));
        }
        if (--m_pendingPhotos == 0)
            emit photosSettled();
    });
    return page;
}

QWidget *StoredReportView::scoresTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *header = new ReportHeader(page);
    header->setReview(m_review);
    layout->addWidget(header);
    layout->addWidget(scrolling(new ReportScoresSection(m_review, page)), 1);
    return page;
}

} // namespace dv::ui
