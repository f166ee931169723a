#include "CaseDetailsForm.h"

#include "severity/BodySiteBox.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSettings>

namespace dv::ui {

QString CaseDetailsForm::keepPhotosSettingsKey()
{
    return QStringLiteral("history/keepPhotos");
}

CaseDetailsForm::CaseDetailsForm(QWidget *parent) : QWidget(parent)
{
    m_caseReference = new QLineEdit(this);
    m_caseReference->setObjectName(QStringLiteral("caseReference"));
    m_caseReference->setPlaceholderText(tr("Pseudonym, e.g. PSO-0042"));
    m_caseReference->setToolTip(
        tr("A pseudonymous reference that groups this patient's analyses in the history. Do not "
           "type names, dates of birth or record numbers: the history is stored on this "
           "computer."));
    m_caseReference->setMaxLength(64);
    m_bodySite = new BodySiteBox(this);
    m_bodySite->setObjectName(QStringLiteral("bodySite"));
    m_bodySite->setAccessibleName(tr("Body site"));
    setSites({}, QString());
    m_keepPhotos = new QCheckBox(tr("Keep photos in the history"), this);
    m_keepPhotos->setToolTip(
        tr("Stores a copy of each analysed photo beside the history file (readable by your user "
           "account only), for side-by-side follow-up. Off by default."));
    m_keepPhotos->setChecked(QSettings().value(keepPhotosSettingsKey(), false).toBool());
    connect(m_keepPhotos, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(keepPhotosSettingsKey(), on); });

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("Case reference:"), m_caseReference);
    layout->addRow(tr("Body site:"), m_bodySite);
    layout->addRow(m_keepPhotos);
}

void CaseDetailsForm::setSites(const QVector<model::BodySite> &sites, const QString &locale)
{
    m_bodySite->setSites(sites, {}, locale);
    // Optional here (unlike in a severity assessment): "not stated" is a choice of its own.
    const bool chosen = m_bodySite->currentIndex() >= 0;
    m_bodySite->insertItem(0, tr("Not stated"), QString());
    if (!chosen)
        m_bodySite->setCurrentIndex(0);
    m_bodySite->setEnabled(!sites.isEmpty());
    m_bodySite->setToolTip(sites.isEmpty()
                               ? tr("The server has not said which body sites it knows, so none "
                                    "can be recorded.")
                               : tr("Where the photos were taken; follow-up compares photos of "
                                    "the same body site."));
}

CaseDetails CaseDetailsForm::details() const
{
    return CaseDetails{m_caseReference->text().trimmed(), m_bodySite->currentCode(),
                       m_keepPhotos->isChecked()};
}

} // namespace dv::ui
