#include "HistoryRecorder.h"

#include "backend/Backend.h"
#include "case/CaseSession.h"
#include "history/HistoryService.h"

namespace dv::ui {

HistoryRecorder::HistoryRecorder(history::HistoryService &service, Backend &backend,
                                 std::function<CaseDetails()> details, QObject *parent)
    : QObject(parent), m_service(service), m_backend(backend), m_details(std::move(details))
{}

QString HistoryRecorder::suffixForContentType(const QString &contentType)
{
    const QString subtype = contentType.section(QLatin1Char('/'), 1).toLower();
    if (subtype == QLatin1String("jpeg"))
        return QStringLiteral("jpg");
    if (subtype == QLatin1String("png") || subtype == QLatin1String("webp") ||
        subtype == QLatin1String("tiff") || subtype == QLatin1String("bmp"))
        return subtype;
    return QStringLiteral("img");
}

void HistoryRecorder::record(const review::Review &review, const QByteArray &rawJson,
                             const QVector<history::RecordContext::Upload> &uploads,
                             const QString &bodySite)
{
    const CaseDetails details = m_details ? m_details() : CaseDetails{};
    history::RecordContext context;
    context.serverLabel = m_backend.serverLabel();
    // The account name only: the password and tokens never leave the credential store.
    context.userName = m_backend.client() ? m_backend.client()->config().username : QString();
    context.caseReference = details.caseReference;
    context.bodySite = bodySite.isEmpty() ? details.bodySite : bodySite;
    context.uploads = uploads;
    context.keepPhotos = details.keepPhotos;
    // The record is small apart from the raw JSON and photo bytes, which are shared, not
    // copied; hashing and writing happen on the history thread.
    m_service.add(history::makeRecord(review, rawJson, context), this,
                  [this](const std::optional<qint64> &id, const QString &error) {
                      if (id)
                          emit recorded(*id);
                      else
                          emit recordFailed(
                              tr("The result was not saved in the history: %1").arg(error));
                  });
}

void HistoryRecorder::recordDiagnosis(const CaseSession &session)
{
    if (!session.review() || session.resultIsReopened() || session.rawResponse().isEmpty())
        return;
    QVector<history::RecordContext::Upload> uploads;
    for (const CasePhoto &photo : session.photos())
        uploads.append({photo.uploadBytes, suffixForContentType(photo.contentType)});
    record(*session.review(), session.rawResponse(), uploads);
}

} // namespace dv::ui
