#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace dv::cli {

/// `dermaview-cli export --out FILE.pdf RESPONSE.json [--image IMG ...] [--mode MODE] [--qa]`:
/// the window's PDF report of a saved response, without the window. The photos, when given,
/// are the response's images in order; each valid image shows the heat map of its top
/// conclusion. Needs a QGuiApplication (fonts); main() creates one on the offscreen platform.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    /// `arguments` start after the word "export". Returns the process exit code.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace dv::cli
