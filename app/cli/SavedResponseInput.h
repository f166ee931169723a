#pragma once

#include "model/SavedResponse.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace dv::cli {

/// Reads a saved response file the way every command does: a file over
/// model::maxSavedResponseBytes is refused before it is read, then it is parsed once.
class SavedResponseInput
{
    Q_DECLARE_TR_FUNCTIONS(SavedResponseInput)

public:
    /// The response, or nullopt with a sentence naming the file in `error`.
    static std::optional<model::SavedResponse> read(const QString &path, QString *error);
};

} // namespace dv::cli
