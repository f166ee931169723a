#include "StoredReportView.h"

#include "ExplainabilityGallery.h"
#include "ReportContextSection.h"
#include "ReportScoresSection.h"
#include "result/ImageReviewPanel.h"
#include "result/ReportHeader.h"
#include "result/ResultPanel.h"
#include "result/ResultStyle.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dv::ui {

namespace {

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
    for (qsizetype i = 0; i < m_review.images.size(); ++i) {
        auto *panel = new ImageReviewPanel;
        panel->setImage(m_review, i);
        m_observations.append(panel);
        // Named as the panel's own heading names it.
        const QString title = m_review.images.at(i).gate.valid
                                  ? tr("Image %1").arg(i + 1)
                                  : tr("Image %1 (not valid)").arg(i + 1);
        m_tabs->addTab(panel, title);
    }
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
