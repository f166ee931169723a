#pragma once

#include "api/RequestBodies.h"

#include <QCoreApplication>
#include <QTextStream>
#include <optional>

namespace dv::cli {

/// Reads a photo to upload, refusing unreadable and oversized files with a message on `err`.
class ImageInput
{
    Q_DECLARE_TR_FUNCTIONS(ImageInput)

public:
    /// Photos larger than this are not read into memory (the sandbox's request limit is 64 MB
    /// of JSON, and the API's images are photos, not archives).
    static constexpr qint64 maxBytes = 40LL * 1024 * 1024;

    static std::optional<api::ImageUpload> read(const QString &path, QTextStream &err);
};

} // namespace dv::cli
