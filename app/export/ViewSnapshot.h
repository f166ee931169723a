#pragma once

#include <QCoreApplication>
#include <QImage>

namespace dv::exporting {

/// What the viewer showed, to be written beside its pixels.
struct ViewFacts
{
    QString caption;  ///< the viewer's caption ("Heat map: EA89 …"), may be empty
    QString reportId; ///< empty when there is no result
    QString issued;
    bool qaRevealed = false; ///< the view shows content withheld outside QA mode
};

/// "Export view as PNG": the viewer's pixels as shown, with a band below them carrying the
/// caption, the report id, the issued time and the disclaimer (and NOT FOR CLINICAL USE for
/// QA reveals), so the picture never travels without them. The same facts go into PNG text
/// chunks. Needs a QGuiApplication (text); safe on a worker thread.
class ViewSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(ViewSnapshot)

public:
    static QImage annotate(const QImage &view, const ViewFacts &facts);
    /// Annotates, encodes and writes atomically; false with a sentence in `error`.
    static bool write(const QImage &view, const ViewFacts &facts, const QString &path,
                      QString *error);
};

} // namespace dv::exporting
