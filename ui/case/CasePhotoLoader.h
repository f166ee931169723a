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
/// A photo whose upload bytes exceed maxUploadBytes is refused.
LoadedCasePhoto loadCasePhoto(const QString &path);

/// The largest upload the case accepts per photo: a 40 MB photo in base64 still fits the
/// sandbox's 64 MB request limit on its own (three of them together would not; the server
/// refuses that request and the window shows its answer).
constexpr qint64 maxUploadBytes = 40LL * 1024 * 1024;

} // namespace dv::ui
