#pragma once

#include "case/CaseSession.h"

#include <QWidget>

class QAction;
class QListWidget;
class QProgressBar;
class QPushButton;
class QLabel;

namespace dv::ui {

class CaseDetailsForm;

/// The left-hand panel: the case's photos (thumbnails, titles, quality badges once analysed),
/// the files that could not be opened, and the Analyse / Cancel controls with upload progress.
/// Editing goes through the CaseSession; this widget only shows it and asks.
class CasePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CasePanel(CaseSession &session, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    /// The selected photo's index in the case, or -1.
    qsizetype currentPhoto() const;
    void selectPhoto(qsizetype index);
    /// Lists a file that could not be opened (kept visible; not part of the case).
    void addFailure(const QString &path, const QString &error);
    QStringList failedPaths() const { return m_failures.keys(); }

    // The panel's actions, with their shortcuts, for the window's menus and help.
    QAction *removeAction() const { return m_remove; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *titleAction() const { return m_title; }
    QAction *analyseAction() const { return m_analyse; }
    QAction *cancelAction() const { return m_cancel; }
    /// Case reference, body site and photo opt-in for the case history.
    CaseDetailsForm *caseDetails() const { return m_details; }

signals:
    void currentPhotoChanged(qsizetype index);
    void analyseRequested();

private:
    void rebuild();
    void updateControls();
    void editTitle();
    void showProgress(qint64 sent, qint64 total);
    QString badgeFor(qsizetype index) const;

    CaseSession &m_session;
    QListWidget *m_list = nullptr;
    QPushButton *m_analyseButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_hint = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_title = nullptr;
    QAction *m_analyse = nullptr;
    QAction *m_cancel = nullptr;
    CaseDetailsForm *m_details = nullptr;
    QMap<QString, QString> m_failures; ///< path → reason
};

} // namespace dv::ui
