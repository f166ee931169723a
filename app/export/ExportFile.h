#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace dv::exporting {

class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    /// Writes `bytes` to `path` atomically (QSaveFile): the file is either complete or
    /// untouched, never half written. False with a sentence in `error` on failure.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace dv::exporting
