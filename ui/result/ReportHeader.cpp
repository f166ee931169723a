#include "ReportHeader.h"

#include "ResultStyle.h"
#include "ToneLabel.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace dv::ui {

namespace {

/// FHIR DiagnosticReport status codes in the user's language; anything else as sent.
QString statusText(const QString &status)
{
    if (status.isEmpty())
        return ReportHeader::tr("unknown");
    if (status == QLatin1String("preliminary"))
        return ReportHeader::tr("preliminary");
    if (status == QLatin1String("final"))
        return ReportHeader::tr("final");
    if (status == QLatin1String("amended"))
        return ReportHeader::tr("amended");
    if (status == QLatin1String("corrected"))
        return ReportHeader::tr("corrected");
    if (status == QLatin1String("cancelled"))
        return ReportHeader::tr("cancelled");
    return status;
}

} // namespace

ReportHeader::ReportHeader(QWidget *parent)
    : QWidget(parent),
      m_qaBanner(new ToneLabel(review::Band::Tone::Danger,
                               tr("%1 — QA mode: withheld results are revealed for model QA.")
                                   .arg(review::Reviewer::qaWatermark()),
                               this)),
      m_status(new QLabel(this)),
      m_disclaimer(ResultStyle::textLabel(review::Reviewer::disclaimer(), this)),
      m_report(ResultStyle::textLabel(QString(), this))
{
    m_qaBanner->setObjectName(QStringLiteral("qaModeBanner"));
    m_qaBanner->setWordWrap(true);
    QFont bold = m_qaBanner->font();
    bold.setBold(true);
    m_qaBanner->setFont(bold);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setFont(bold);
    m_disclaimer->setObjectName(QStringLiteral("disclaimer"));
    m_report->setObjectName(QStringLiteral("reportId"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_qaBanner);
    layout->addWidget(m_status);
    layout->addWidget(m_disclaimer);
    layout->addWidget(m_report);
    clear();
}

void ReportHeader::clear()
{
    m_qaBanner->hide();
    m_status->setText(tr("No result yet"));
    m_report->clear();
    m_report->hide();
}

void ReportHeader::setReview(const review::Review &review)
{
    m_qaBanner->setVisible(review.qaMode);
    m_status->setText(tr("Status: %1").arg(statusText(review.status)));

    QStringList facts;
    facts << tr("Report %1")
                 .arg(review.reportId.isEmpty() ? tr("without identifier") : review.reportId);
    facts << tr("issued %1").arg(ResultStyle::issuedText(review.issued));
    if (review.analysisDuration)
        facts << tr("analysis took %1 s").arg(QLocale().toString(*review.analysisDuration, 'f', 1));
    m_report->setText(facts.join(QStringLiteral(" · ")));
    m_report->setToolTip(review.issued);
    m_report->show();
}

QString ReportHeader::reportIdText() const
{
    return m_report->text();
}

QString ReportHeader::disclaimerText() const
{
    return m_disclaimer->text();
}

bool ReportHeader::qaBannerShown() const
{
    return !m_qaBanner->isHidden();
}

} // namespace dv::ui
