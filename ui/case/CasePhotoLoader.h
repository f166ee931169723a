#pragma once

#include "case/CasePhoto.h"
#include "imaging/ImageLoader.h"

#include <QString>

namespace dv::ui {

/// A photo ready for the case, or why it could not be opened.
struct LoadedCasePhoto
{
    CasePhoto photo;
    QString error; ///< empty on success
};

/// The largest upload the case accepts per photo: a 40 MB photo in base64 still fits the
/// sandbox's 64 MB request limit on its own (three of them together would not; the server
/// refuses that request and the window shows its answer).
constexpr qint64 maxUploadBytes = 40LL * 1024 * 1024;

/// A case photo from the imaging library's prepared image: the bytes to upload (metadata
/// stripped, upright) and the pixels they decode to, so the heat map lands on the skin the
/// clinician sees, plus its display copies. Refuses uploads above maxUploadBytes. Slow for a
/// large photo: runs on a worker thread.
LoadedCasePhoto casePhotoFrom(const QString &path, const imaging::PreparedImage &prepared);

/// The message for a photo that could not be opened.
QString cannotOpen(const QString &path, const QString &reason);

} // namespace dv::ui
