#pragma once

#include <QByteArray>

namespace dv::sandbox {

/// The reduced copy of an uploaded photo that a stored report links to: a baseline JPEG
/// (`quality` 0-100) at most `maxSide` px on its long side, EXIF orientation applied and no
/// metadata kept. Decodes at 1/2, 1/4 or 1/8 scale when that still leaves at least `maxSide`
/// px (libjpeg scales while decoding, so a 12 MP photo never lands in memory at full size),
/// then shrinks with area averaging. Only the formats decodeUploadedImage() accepts; empty
/// when the bytes are not one of them or cannot be decoded. Never throws.
QByteArray photoThumbnail(const QByteArray &encoded, int maxSide = 1024, int quality = 85);

} // namespace dv::sandbox
