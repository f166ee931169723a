#include "FollowUpView.h"

#include "ScoreTimeline.h"
#include "common/WorkerPool.h"
#include "history/HistoryService.h"
#include "result/ResultStyle.h"
#include "severity/BodySiteBox.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QPixmap>
#include <QPointer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace dv::ui {

namespace {

constexpr int kPhotoSide = 360;

/// A kept photo, scaled for the comparison, decoded on a worker thread.
QImage loadPhoto(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(false); // kept bytes are the upload: already upright
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(kPhotoSide, kPhotoSide, Qt::KeepAspectRatio));
    return reader.read();
}

QString keptPhoto(const history::HistoryRecord &record)
{
    for (const history::HistoryImage &image : record.images) {
        if (!image.photoFile.isEmpty())
            return image.photoFile;
    }
    return {};
}

} // namespace

FollowUpView::FollowUpView(history::HistoryService &service, QWidget *parent)
    : QWidget(parent), m_service(service)
{
    m_cases = new QComboBox(this);
    m_cases->setAccessibleName(tr("Case reference"));
    m_cases->setPlaceholderText(tr("Choose a case"));
    m_cases->setMinimumContentsLength(16);
    m_scoring = new QComboBox(this);
    m_scoring->setAccessibleName(tr("Scoring system"));
    m_chartView = new QChartView(this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    m_noScores = ResultStyle::textLabel(QString(), this);

    m_site = new QComboBox(this);
    m_site->setAccessibleName(tr("Body site"));
    m_before = new QComboBox(this);
    m_before->setAccessibleName(tr("Earlier photo"));
    m_after = new QComboBox(this);
    m_after->setAccessibleName(tr("Later photo"));
    m_beforePhoto = new QLabel(this);
    m_afterPhoto = new QLabel(this);
    for (QLabel *photo : {m_beforePhoto, m_afterPhoto}) {
        photo->setAlignment(Qt::AlignCenter);
        photo->setMinimumSize(200, 160);
        photo->setFrameShape(QFrame::StyledPanel);
    }
    m_noPhotos = ResultStyle::textLabel(QString(), this);

    auto *scoreRow = new QHBoxLayout;
    scoreRow->addWidget(new QLabel(tr("Case:"), this));
    scoreRow->addWidget(m_cases);
    scoreRow->addSpacing(fontMetrics().averageCharWidth() * 3);
    scoreRow->addWidget(new QLabel(tr("Scoring system:"), this));
    scoreRow->addWidget(m_scoring, 1);

    auto *siteRow = new QHBoxLayout;
    siteRow->addWidget(new QLabel(tr("Body site:"), this));
    siteRow->addWidget(m_site, 1);
    // Two equal columns: earlier on the left, later on the right.
    auto *compare = new QGridLayout;
    compare->addWidget(m_before, 0, 0);
    compare->addWidget(m_after, 0, 1);
    compare->addWidget(m_beforePhoto, 1, 0);
    compare->addWidget(m_afterPhoto, 1, 1);
    compare->setColumnStretch(0, 1);
    compare->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(scoreRow);
    layout->addWidget(m_noScores);
    layout->addWidget(m_chartView, 3);
    layout->addWidget(ResultStyle::heading(tr("Compare photos"), this, 1.0));
    layout->addWidget(m_noPhotos);
    layout->addLayout(siteRow);
    layout->addLayout(compare, 2);

    connect(m_cases, &QComboBox::activated, this,
            [this](int index) { showCase(m_cases->itemText(index)); });
    connect(m_scoring, &QComboBox::currentIndexChanged, this, &FollowUpView::showChart);
    connect(m_site, &QComboBox::currentIndexChanged, this, &FollowUpView::fillPhotoDates);
    connect(m_before, &QComboBox::currentIndexChanged, this, &FollowUpView::showPhotos);
    connect(m_after, &QComboBox::currentIndexChanged, this, &FollowUpView::showPhotos);
    setRecords({});
}

void FollowUpView::showCase(const QString &caseReference)
{
    m_caseReference = caseReference.trimmed();
    if (m_cases->findText(m_caseReference) < 0 && !m_caseReference.isEmpty())
        m_cases->addItem(m_caseReference);
    m_cases->setCurrentIndex(m_cases->findText(m_caseReference));
    if (m_caseReference.isEmpty()) {
        setRecords({});
        emit loaded();
        return;
    }
    const QString asked = m_caseReference;
    m_service.listCase(asked, this,
                       [this, asked](const std::optional<QVector<history::HistoryRecord>> &records,
                                     const QString &error) {
                           if (asked != m_caseReference)
                               return; // another case was chosen meanwhile
                           setRecords(records.value_or(QVector<history::HistoryRecord>{}));
                           if (!records)
                               m_noScores->setText(error);
                           emit loaded();
                       });
}

void FollowUpView::reloadCases()
{
    m_service.caseReferences(this,
                             [this](const std::optional<QStringList> &cases, const QString &) {
                                 if (!cases)
                                     return; // the records tab shows why the history cannot be read
                                 const QSignalBlocker block(m_cases);
                                 m_cases->clear();
                                 m_cases->addItems(*cases);
                                 m_cases->setCurrentIndex(m_cases->findText(m_caseReference));
                             });
}

void FollowUpView::setQaMode(bool enabled)
{
    if (m_qaMode == enabled)
        return;
    m_qaMode = enabled;
    setRecords(m_records);
}

void FollowUpView::setBodySites(const QVector<model::BodySite> &sites, const QString &locale)
{
    m_bodySites = sites;
    m_locale = locale;
    setRecords(m_records);
}

void FollowUpView::setRecords(const QVector<history::HistoryRecord> &records)
{
    m_records = records;
    const QSignalBlocker blockScoring(m_scoring);
    m_scoring->clear();
    for (const QString &code : ScoreTimeline::scoringSystems(visibleRecords()))
        m_scoring->addItem(code.toUpper(), code);
    showChart();

    const QSignalBlocker blockSite(m_site);
    m_site->clear();
    QStringList sites;
    for (const history::HistoryRecord &record : records) {
        if (!keptPhoto(record).isEmpty() && !sites.contains(record.bodySite))
            sites << record.bodySite;
    }
    for (const QString &site : std::as_const(sites))
        m_site->addItem(site.isEmpty() ? tr("(no body site given)")
                                       : BodySiteBox::siteName(m_bodySites, site, m_locale),
                        site);
    fillPhotoDates();
}

QVector<history::HistoryRecord> FollowUpView::visibleRecords() const
{
    QVector<history::HistoryRecord> visible;
    for (const history::HistoryRecord &record : m_records)
        visible.append(history::visibleRecord(record, m_qaMode));
    return visible;
}

void FollowUpView::showChart()
{
    const QString code = m_scoring->currentData().toString();
    m_chartView->setVisible(!code.isEmpty());
    m_noScores->setVisible(code.isEmpty());
    m_noScores->setText(m_caseReference.isEmpty()
                            ? tr("Choose a case to follow its severity scores over time.")
                            : tr("No severity score has been recorded for this case yet."));
    QChart *old = m_chartView->chart();
    m_chartView->setChart(code.isEmpty() ? new QChart
                                         : ScoreTimeline::build(visibleRecords(), code));
    delete old; // setChart does not delete the previous chart
}

void FollowUpView::fillPhotoDates()
{
    const QString site = m_site->currentData().toString();
    const QSignalBlocker blockBefore(m_before);
    const QSignalBlocker blockAfter(m_after);
    m_before->clear();
    m_after->clear();
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        const history::HistoryRecord &record = m_records.at(i);
        if (m_site->count() == 0 || record.bodySite != site || keptPhoto(record).isEmpty())
            continue;
        const QString label =
            QLocale().toString(record.issuedAt.toLocalTime(), QLocale::ShortFormat);
        m_before->addItem(label, i);
        m_after->addItem(label, i);
    }
    // Earliest against latest by default.
    m_after->setCurrentIndex(m_after->count() - 1);
    const bool comparable = m_before->count() >= 2;
    m_noPhotos->setVisible(!comparable);
    m_noPhotos->setText(
        m_site->count() == 0
            ? tr("No photos were kept for this case. Tick \"Keep photos in the history\" in the "
                 "case panel to compare a body site across visits.")
            : tr("Only one visit with a kept photo of this body site so far."));
    for (QWidget *widget :
         {static_cast<QWidget *>(m_before), static_cast<QWidget *>(m_after),
          static_cast<QWidget *>(m_beforePhoto), static_cast<QWidget *>(m_afterPhoto)})
        widget->setVisible(m_before->count() >= 1);
    showPhotos();
}

void FollowUpView::showPhotos()
{
    const int request = ++m_photoRequest;
    m_beforePhoto->clear();
    m_afterPhoto->clear();
    if (m_before->count() == 0)
        return;
    const QString folder = m_service.photoDirectory() + QLatin1Char('/');
    const QString before = folder + keptPhoto(m_records.at(m_before->currentData().toInt()));
    const QString after = folder + keptPhoto(m_records.at(m_after->currentData().toInt()));
    using Pair = QPair<QImage, QImage>;
    auto *watcher = new QFutureWatcher<Pair>(this);
    connect(watcher, &QFutureWatcher<Pair>::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request != m_photoRequest)
            return;
        const Pair photos = watcher->result();
        for (const auto &[label, image] :
             {std::pair{m_beforePhoto, photos.first}, std::pair{m_afterPhoto, photos.second}}) {
            if (image.isNull())
                label->setText(tr("The kept photo cannot be read."));
            else
                label->setPixmap(QPixmap::fromImage(image));
        }
        emit photosShown();
    });
    watcher->setFuture(QtConcurrent::run(
        dv::workerPool(), [before, after] { return Pair(loadPhoto(before), loadPhoto(after)); }));
}

} // namespace dv::ui
