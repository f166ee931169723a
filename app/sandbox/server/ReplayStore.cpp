#include "sandbox/server/ReplayStore.h"

#include <QDir>
#include <QFile>
#include <QMutexLocker>
#include <QRegularExpression>

namespace dv::sandbox {

namespace {

/// Saved responses are small JSON files; anything larger is not one of them.
constexpr qint64 maxReplayFileBytes = 256LL * 1024 * 1024;

std::optional<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (file.size() > maxReplayFileBytes || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

} // namespace

ReplayStore::ReplayStore(QString directory) : m_directory(std::move(directory)) {}

QString ReplayStore::folderFor(const QString &endpoint) const
{
    QString name = endpoint.mid(1);
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    return QDir(m_directory).filePath(name);
}

std::optional<QByteArray> ReplayStore::take(const QString &endpoint, const QString &imageSha256)
{
    if (!isEnabled())
        return std::nullopt;
    const QDir folder(folderFor(endpoint));
    if (!imageSha256.isEmpty() && folder.exists(imageSha256 + QStringLiteral(".json")))
        return readFile(folder.filePath(imageSha256 + QStringLiteral(".json")));
    // Files named after an image hash belong to that image only, not to the sequence.
    static const QRegularExpression hashName(QStringLiteral("^[0-9a-f]{64}\\.json$"));
    QStringList files;
    for (const QString &name :
         folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        if (!hashName.match(name).hasMatch())
            files.append(name);
    }
    if (files.isEmpty())
        return std::nullopt;
    QMutexLocker lock(&m_mutex);
    qsizetype &next = m_next[endpoint];
    const QString file = files.at(next % files.size());
    ++next;
    return readFile(folder.filePath(file));
}

} // namespace dv::sandbox
