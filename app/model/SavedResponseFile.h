#pragma once

#include "model/SavedResponse.h"

#include <QCoreApplication>
#include <QString>
#include <variant>

namespace dv::model {

/// A saved response file as read: the parsed response and its bytes exactly as on disk. The
/// one reader of such files for the CLI commands and the window.
struct SavedResponseFile
{
    SavedResponse response;
    QByteArray bytes;

    /// Reads and parses `path`; a file over maxSavedResponseBytes is refused before it is
    /// read. Otherwise a sentence naming the file. Safe on any thread (the window reads on its
    /// worker pool).
    static std::variant<SavedResponseFile, QString> read(const QString &path);

    Q_DECLARE_TR_FUNCTIONS(SavedResponseFile)
};

} // namespace dv::model
