#include "CasePanel.h"

#include "history/CaseDetailsForm.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace dv::ui {

namespace {

constexpr int kThumbnailSide = CasePhoto::kThumbnailSide;
constexpr int kPhotoRole = Qt::UserRole;

QToolButton *toolButtonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

CasePanel::CasePanel(CaseSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_list = new QListWidget(this);
    m_list->setIconSize(QSize(kThumbnailSide, kThumbnailSide));
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Photos of this case"));
    m_list->setMinimumWidth(190);
    // Drag a photo to reorder the case; the list only asks, the session decides (and the
    // rebuilt list shows its order).
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int start, int, const QModelIndex &, int row) {
                const qsizetype count = m_session.photos().size();
                // `row` is the insertion point before the move; beyond the photos (onto a
                // failed file's entry) means last.
                const qsizetype to = std::min<qsizetype>(row > start ? row - 1 : row, count - 1);
                if (start < count && !m_session.isAnalysing()) {
                    // Queued: the view is still inside its drop handling.
                    QMetaObject::invokeMethod(
                        this, [this, start, to] { m_session.movePhoto(start, to); },
                        Qt::QueuedConnection);
                }
                QMetaObject::invokeMethod(this, &CasePanel::rebuild, Qt::QueuedConnection);
            });

    m_remove = new QAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Remove"), this);
    m_remove->setShortcut(QKeySequence::Delete);
    m_moveUp = new QAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("Move &up"), this);
    m_moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDown = new QAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("Move &down"), this);
    m_moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_title = new QAction(tr("&Title…"), this);
    m_title->setShortcut(QKeySequence(Qt::Key_F2));
    m_analyse = new QAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Analyse"), this);
    m_analyse->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_cancel = new QAction(style()->standardIcon(QStyle::SP_MediaStop), tr("&Cancel"), this);
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    for (QAction *action : {m_remove, m_moveUp, m_moveDown, m_title})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_remove, m_moveUp, m_moveDown, m_title});

    auto *editing = new QHBoxLayout;
    for (QAction *action : {m_moveUp, m_moveDown, m_title, m_remove}) {
        QToolButton *button = toolButtonFor(action, this);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setToolTip(
            QStringLiteral("%1 (%2)").arg(action->text().remove(QLatin1Char('&')),
                                          action->shortcut().toString(QKeySequence::NativeText)));
        editing->addWidget(button);
    }
    editing->addStretch();

    m_analyseButton = new QPushButton(this);
    m_analyseButton->setDefault(true);
    m_cancelButton = new QPushButton(this);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Upload progress"));
    m_progress->setTextVisible(true);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(editing);
    layout->addWidget(m_hint);
    m_details = new CaseDetailsForm(this); // the history's case reference and photo opt-in
    layout->addWidget(m_details);
    layout->addWidget(m_analyseButton);
    layout->addWidget(m_cancelButton);
    layout->addWidget(m_progress);

    connect(m_analyseButton, &QPushButton::clicked, m_analyse, &QAction::trigger);
    connect(m_cancelButton, &QPushButton::clicked, m_cancel, &QAction::trigger);
    connect(m_analyse, &QAction::triggered, this, &CasePanel::analyseRequested);
    connect(m_cancel, &QAction::triggered, &m_session, &CaseSession::cancel);
    connect(m_cancel, &QAction::triggered, this, &CasePanel::updateControls);
    connect(m_remove, &QAction::triggered, this, [this] { m_session.removePhoto(currentPhoto()); });
    connect(m_moveUp, &QAction::triggered, this, [this] {
        const qsizetype index = currentPhoto();
        m_session.movePhoto(index, index - 1);
        selectPhoto(index - 1);
    });
    connect(m_moveDown, &QAction::triggered, this, [this] {
        const qsizetype index = currentPhoto();
        m_session.movePhoto(index, index + 1);
        selectPhoto(index + 1);
    });
    connect(m_title, &QAction::triggered, this, &CasePanel::editTitle);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        updateControls();
        emit currentPhotoChanged(currentPhoto());
    });
    connect(&m_session, &CaseSession::photosChanged, this, &CasePanel::rebuild);
    connect(&m_session, &CaseSession::resultChanged, this, &CasePanel::rebuild);
    connect(&m_session, &CaseSession::analysisStarted, this, [this] {
        m_progress->setRange(0, 0); // busy until the first progress report
        updateControls();
    });
    connect(&m_session, &CaseSession::uploadProgress, this, &CasePanel::showProgress);
    connect(&m_session, &CaseSession::analysisFailed, this, &CasePanel::updateControls);
    rebuild();
}

qsizetype CasePanel::currentPhoto() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || !item->data(kPhotoRole).isValid())
        return -1;
    return item->data(kPhotoRole).toLongLong();
}

void CasePanel::selectPhoto(qsizetype index)
{
    if (index >= 0 && index < m_session.photos().size())
        m_list->setCurrentRow(int(index));
}

void CasePanel::addFailure(const QString &path, const QString &error)
{
    m_failures.insert(path, error);
    rebuild();
}

QString CasePanel::badgeFor(qsizetype index) const
{
    const auto &review = m_session.review();
    if (!review || m_session.resultIsReopened())
        return {};
    for (const review::ImageReview &image : review->images) {
        if (image.index != index)
            continue;
        const QString quality = image.qualityScore ? tr("quality %1 (%2)")
                                                         .arg(*image.qualityScore, 0, 'f', 0)
                                                         .arg(image.qualityBand.label)
                                                   : tr("quality unknown");
        return image.gate.valid ? tr("Valid — %1").arg(quality) : tr("NOT VALID — %1").arg(quality);
    }
    return {};
}

void CasePanel::rebuild()
{
    const qsizetype selected = currentPhoto();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const auto &photos = m_session.photos();
    for (qsizetype i = 0; i < photos.size(); ++i) {
        const CasePhoto &photo = photos.at(i);
        // Colour is clinical information: the selected thumbnail must not be tinted.
        const QPixmap pixmap = QPixmap::fromImage(photo.thumbnail);
        QIcon icon(pixmap);
        icon.addPixmap(pixmap, QIcon::Selected);
        QString text = tr("%1. %2").arg(i + 1).arg(photo.label());
        if (const QString badge = badgeFor(i); !badge.isEmpty())
            text += QLatin1Char('\n') + badge;
        auto *item = new QListWidgetItem(icon, text, m_list);
        item->setData(kPhotoRole, QVariant::fromValue<qlonglong>(i));
        item->setToolTip(photo.path);
    }
    for (auto it = m_failures.cbegin(); it != m_failures.cend(); ++it) {
        // Kept in view (a status-bar message would be overwritten by the next photo).
        auto *item = new QListWidgetItem(
            style()->standardIcon(QStyle::SP_MessageBoxWarning),
            tr("%1 — cannot be opened").arg(QFileInfo(it.key()).fileName()), m_list);
        item->setToolTip(it.value());
        item->setData(Qt::AccessibleDescriptionRole, it.value());
        item->setFlags(Qt::ItemIsEnabled); // not selectable, not draggable
    }
    if (!photos.isEmpty())
        m_list->setCurrentRow(int(std::clamp<qsizetype>(selected, 0, photos.size() - 1)));
    updateControls();
    emit currentPhotoChanged(currentPhoto());
}

void CasePanel::updateControls()
{
    const bool busy = m_session.isAnalysing();
    const qsizetype index = currentPhoto();
    const qsizetype count = m_session.photos().size();
    m_remove->setEnabled(!busy && index >= 0);
    m_moveUp->setEnabled(!busy && index > 0);
    m_moveDown->setEnabled(!busy && index >= 0 && index + 1 < count);
    m_title->setEnabled(!busy && index >= 0);
    m_analyse->setEnabled(!busy && count > 0);
    m_cancel->setEnabled(busy);
    m_analyseButton->setText(tr("Analyse %n photo(s)", nullptr, int(count)));
    m_analyseButton->setEnabled(m_analyse->isEnabled());
    m_cancelButton->setText(m_cancel->text().remove(QLatin1Char('&')));
    m_cancelButton->setVisible(busy);
    m_progress->setVisible(busy);
    m_hint->setText(count == 0 ? tr("Add one to three photos of the same lesion: drop them here, "
                                    "paste, or use Add photos (Ctrl+O).")
                    : count < CaseSession::maxPhotos ? tr("%n more photo(s) may be added.", nullptr,
                                                          int(CaseSession::maxPhotos - count))
                                                     : tr("The case is full (three photos)."));
}

void CasePanel::editTitle()
{
    const qsizetype index = currentPhoto();
    if (index < 0)
        return;
    bool ok = false;
    const QString title =
        QInputDialog::getText(this, tr("Photo title"),
                              tr("Title for %1 (optional):").arg(m_session.photos().at(index).path),
                              QLineEdit::Normal, m_session.photos().at(index).title, &ok);
    if (ok)
        m_session.setTitle(index, title);
}

void CasePanel::showProgress(qint64 sent, qint64 total)
{
    if (total <= 0)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(sent * 1000 / total));
    m_progress->setFormat(sent >= total ? tr("Waiting for the analysis…") : tr("Uploading… %p%"));
}

} // namespace dv::ui
