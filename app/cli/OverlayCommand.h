#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace dv::cli {

/// `dermaview-cli overlay --image IMG (--heatmap FILE | --response JSON --image-index I
/// --rank K) [--mode blend|attention|contour] [--opacity A] [--threshold T]
/// [--colormap viridis|cividis|jet] [--qa] -o OUT.png`: draws a heat map over a photo with the
/// window's overlay engine, at the photo's full (upright) resolution. `--image-index` is
/// 0-based like `inspect --json`'s `images[].index`; `--rank` is 1-based like its `rank`.
/// Needs a QGuiApplication (the QA watermark is text); main() creates one for this command.
class OverlayCommand
{
    Q_DECLARE_TR_FUNCTIONS(OverlayCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace dv::cli
