#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <optional>

namespace dv::sandbox {

/// Saved responses served instead of the sandbox's own analysis (`--replay DIR`), so that QA
/// can review real outputs offline. Layout: one folder per endpoint, named as the endpoint
/// path without its leading slash and with '/' as '-':
///   DIR/diagnosis-support/<sha256 of the first image>.json   served for that image
///   DIR/diagnosis-support/anything-else.json                  served in name order, cycling
/// (likewise severity-assessment-manual, severity-assessment-automatic-local, ...).
class ReplayStore
{
public:
    explicit ReplayStore(QString directory);

    bool isEnabled() const { return !m_directory.isEmpty(); }
    /// The saved body for `endpoint` ("/diagnosis-support"), by image hash first, otherwise
    /// the next file in order; nullopt when the folder has none.
    std::optional<QByteArray> take(const QString &endpoint, const QString &imageSha256);

private:
    QString folderFor(const QString &endpoint) const;

    QString m_directory;
    QMutex m_mutex;
    QHash<QString, qsizetype> m_next;
};

} // namespace dv::sandbox
