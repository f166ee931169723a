#pragma once

#include "model/ApiResources.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;

namespace dv::ui {

class BodySiteBox;

/// What the clinician says about the case for the history: a pseudonymous case reference,
/// the body site, and whether photos may be kept beside the history (off unless opted in;
/// the choice is remembered).
struct CaseDetails
{
    QString caseReference;
    QString bodySite; ///< a code of the server's `/body-sites` (as severity records it); empty
    bool keepPhotos = false;
};

class CaseDetailsForm : public QWidget
{
    Q_OBJECT

public:
    explicit CaseDetailsForm(QWidget *parent = nullptr);

    /// The server's body sites, named in `locale`. The body site is chosen from them, so that
    /// follow-up finds the same site under the same code whoever typed it; empty (the server
    /// could not say): none can be chosen and none is recorded.
    void setSites(const QVector<model::BodySite> &sites, const QString &locale);

    CaseDetails details() const;
    QLineEdit *caseReferenceEdit() const { return m_caseReference; }
    BodySiteBox *bodySiteBox() const { return m_bodySite; }
    QCheckBox *keepPhotosBox() const { return m_keepPhotos; }

    static QString keepPhotosSettingsKey();

private:
    QLineEdit *m_caseReference = nullptr;
    BodySiteBox *m_bodySite = nullptr;
    QCheckBox *m_keepPhotos = nullptr;
};

} // namespace dv::ui
