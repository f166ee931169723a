#pragma once

#include "export/ExportContent.h"

#include <QCoreApplication>

class QTextDocument;

namespace dv::exporting {

/// The body of the PDF report as rich text: report facts, the combined result, each image with
/// its validity, photos, overlay and differential, and the severity scores. Every clinical
/// part comes from the review, so what it withholds is not here; server strings are escaped.
/// Header, footer, page numbers and the QA watermark are drawn per page by ResultPdf.
class ResultDocument
{
    Q_DECLARE_TR_FUNCTIONS(ResultDocument)

public:
    /// Fills `document` for a text column `width` device pixels wide (96 per inch). Images
    /// are added to it as resources. Reentrant: build the document on the thread that prints.
    static void build(QTextDocument &document, const ResultExportContent &content, double width);
};

} // namespace dv::exporting
