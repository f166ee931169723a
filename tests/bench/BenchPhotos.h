#pragma once

#include <QByteArray>

/// A 12 MP (4000×3000) JPEG made from one of ../shared/images with noise added, so that it is
/// the size and texture of a camera photo. Deterministic for a given seed.
QByteArray cameraLikeJpeg(const char *name, unsigned seed);
