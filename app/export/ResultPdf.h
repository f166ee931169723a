#pragma once

#include "export/ExportContent.h"

#include <QByteArray>
#include <QCoreApplication>

namespace dv::exporting {

/// The result as an A4 PDF with selectable text: on every page a header (report id, issued
/// time, status "preliminary", server), the decision-support disclaimer, the page number, the
/// app version and export time, and in QA mode the "NOT FOR CLINICAL USE" watermark across the
/// page; the body is ResultDocument, broken into pages.
///
/// Reentrant (QPdfWriter, QPainter and QTextDocument are, per Qt's "Thread-Support in Qt
/// Modules"): render on a worker thread. Text needs a QGuiApplication (fonts) to exist.
class ResultPdf
{
    Q_DECLARE_TR_FUNCTIONS(ResultPdf)

public:
    struct Rendered
    {
        QByteArray pdf; ///< empty on failure
        QString error;
        int pageCount = 0;
    };

    static Rendered render(const ResultExportContent &content);
    /// Renders and writes atomically; false with a sentence in `error` on failure (no file
    /// is left behind, an existing one is kept).
    static bool write(const ResultExportContent &content, const QString &path, QString *error);
};

} // namespace dv::exporting
