#pragma once

#include "case/CasePhoto.h"

#include <QString>

namespace dv::ui {

/// A photo ready for the case, or why it could not be opened.
struct LoadedCasePhoto
{
    CasePhoto photo;
    QString error; ///< empty on success
};

/// Reads and decodes a photo for the case. Pure and thread-safe: runs on a worker thread.
/// Files above maxUploadBytes are refused before they are read.
LoadedCasePhoto loadCasePhoto(const QString &path);

/// The largest photo file the case accepts (the sandbox's request limit is 64 MB of JSON).
constexpr qint64 maxUploadBytes = 40LL * 1024 * 1024;

} // namespace dv::ui
