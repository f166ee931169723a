#pragma once

#include "api/RequestBodies.h"
#include "model/ApiResources.h"
#include "review/Review.h"

#include <QMap>
#include <QWidget>

class QGridLayout;

namespace dv::ui {

class SiteSlot;

/// The photo set of a global severity assessment: one slot per body site the scoring system
/// asks for, each a drop target and a file chooser for one photo (decoded off the GUI thread by
/// imaging::AsyncImageLoader: the upload is exactly the pixels shown). After the answer each
/// slot shows its site's validity and, when the review shows it, its contribution to the
/// global score; an invalid site shows why and a retake prompt, never a number.
class GlobalSiteGrid : public QWidget
{
    Q_OBJECT

public:
    explicit GlobalSiteGrid(QWidget *parent = nullptr);

    /// One slot per code, named from the catalogue in `locale`. Photos of sites that remain
    /// are kept.
    void setSites(const QStringList &codes, const QVector<model::BodySite> &catalogue,
                  const QString &locale);
    QStringList sites() const;

    /// Decodes `path` for `site` in the background; photoChanged() when done.
    void loadPhoto(const QString &site, const QString &path);
    void removePhoto(const QString &site);
    /// Sites whose photo is still being decoded.
    int loadingCount() const;
    /// The photos to upload, by site (only sites with a decoded photo).
    QMap<QString, api::ImageUpload> uploads() const;

    /// Per-site validity and contribution from a review of the global answer.
    void setResults(const review::Review &review);
    void clearResults();
    /// The result text of a site (validity, contribution or reasons); empty before a result.
    QString resultText(const QString &site) const;
    /// Whether the site shows a contribution (only when its content may be shown).
    bool showsContribution(const QString &site) const;

    bool setFieldError(const QString &site, const QString &message);
    void clearFieldErrors();
    QString fieldError(const QString &site) const;

signals:
    /// A photo was added, replaced, removed or failed to decode.
    void photosChanged();

private:
    SiteSlot *slot(const QString &site) const;

    QGridLayout *m_grid = nullptr;
    QVector<SiteSlot *> m_slots;
};

} // namespace dv::ui
