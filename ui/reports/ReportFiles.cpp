#include "ReportFiles.h"

#include "model/SavedResponse.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace dv::ui {

namespace {

QString writeAtomically(const QString &path, const QByteArray &bytes)
{
    // QSaveFile: a failed or interrupted write leaves any earlier file intact.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return ReportFiles::tr("Could not save %1: %2")
            .arg(QFileInfo(path).fileName(), file.errorString());
    return QString();
}

} // namespace

std::variant<ReportFile, QString> ReportFiles::read(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return tr("Could not open %1: %2").arg(name, file.errorString());
    if (file.size() > model::maxSavedResponseBytes)
        return tr("%1 is too large to be a saved report.").arg(name);
    const QByteArray bytes = file.readAll();
    const auto parsed = model::readSavedResponse(bytes);
    if (!parsed.ok())
        return tr("%1 is not a readable diagnostic report: %2")
            .arg(name, parsed.error().toString());
    const auto *report = std::get_if<model::StoredReport>(&parsed.value().value);
    if (!report)
        return tr("%1 is not a stored diagnostic report (standard or FHIR format).").arg(name);
    return ReportFile{*report, bytes};
}

QString ReportFiles::writePdf(const QString &path, const QByteArray &pdf)
{
    if (!pdf.startsWith("%PDF"))
        return tr("The server did not send a PDF; nothing was saved.");
    return writeAtomically(path, pdf);
}

QString ReportFiles::writeJson(const QString &path, const QByteArray &json)
{
    if (json.isEmpty())
        return tr("There is no report to save.");
    return writeAtomically(path, json);
}

} // namespace dv::ui
