#pragma once

#include "model/ApiResources.h"

#include <QComboBox>

namespace dv::ui {

/// A body-site chooser filled from `/body-sites`: names in the interface language, sorted by
/// name, the code kept as item data. Restricted to the sites a scoring system accepts when the
/// server says which; nothing is chosen until the clinician chooses.
class BodySiteBox : public QComboBox
{
    Q_OBJECT

public:
    explicit BodySiteBox(QWidget *parent = nullptr);

    /// `accepted` empty: every site. Keeps the current choice when it is still offered.
    void setSites(const QVector<model::BodySite> &sites, const QStringList &accepted,
                  const QString &locale);
    /// The chosen site's code; empty when none is chosen.
    QString currentCode() const;
    /// False when `code` is not offered.
    bool setCurrentCode(const QString &code);
    /// The name shown for a code (the code itself when the catalogue has no such site).
    static QString siteName(const QVector<model::BodySite> &sites, const QString &code,
                            const QString &locale);
};

} // namespace dv::ui
