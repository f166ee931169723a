#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;

namespace dv::ui {

/// What the clinician says about the case for the history: a pseudonymous case reference,
/// the body site, and whether photos may be kept beside the history (off unless opted in;
/// the choice is remembered).
struct CaseDetails
{
    QString caseReference;
    QString bodySite;
    bool keepPhotos = false;
};

class CaseDetailsForm : public QWidget
{
    Q_OBJECT

public:
    explicit CaseDetailsForm(QWidget *parent = nullptr);

    CaseDetails details() const;
    QLineEdit *caseReferenceEdit() const { return m_caseReference; }
    QLineEdit *bodySiteEdit() const { return m_bodySite; }
    QCheckBox *keepPhotosBox() const { return m_keepPhotos; }

    static QString keepPhotosSettingsKey();

private:
    QLineEdit *m_caseReference = nullptr;
    QLineEdit *m_bodySite = nullptr;
    QCheckBox *m_keepPhotos = nullptr;
};

} // namespace dv::ui
