#pragma once

#include "api/RequestBodies.h"
#include "review/Review.h"

#include <QFrame>
#include <optional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace dv::imaging {
class AsyncImageLoader;
struct PreparedImage;
} // namespace dv::imaging

namespace dv::ui {

/// One body site of the global photo set: its name, a thumbnail of its photo, "Choose…" and
/// "Remove", drop a file on it; after an answer, its validity and contribution.
class SiteSlot : public QFrame
{
    Q_OBJECT

public:
    SiteSlot(const QString &code, const QString &name, QWidget *parent = nullptr);

    QString code() const { return m_code; }
    void loadPhoto(const QString &path);
    void removePhoto();
    bool isLoading() const;
    const std::optional<api::ImageUpload> &upload() const { return m_upload; }

    void setResult(const review::ImageReview &image);
    void clearResult();
    QString resultText() const;
    bool showsContribution() const { return m_showsContribution; }

    void setFieldError(const QString &message);
    void clearFieldError();
    QString fieldError() const;

    /// Test hook (KeePassXC style): the next "Choose…" takes this file instead of asking.
    static void setNextFileName(const QString &path);

signals:
    void photoChanged();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void choose();
    void loaded(const imaging::PreparedImage &image);
    void showThumbnail(const QImage &image);

    QString m_code;
    QString m_name;
    imaging::AsyncImageLoader *m_loader = nullptr;
    std::optional<api::ImageUpload> m_upload;
    QLabel *m_thumbnail = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_result = nullptr;
    QVBoxLayout *m_layout = nullptr;
    bool m_showsContribution = false;
    bool m_loading = false;
};

} // namespace dv::ui
