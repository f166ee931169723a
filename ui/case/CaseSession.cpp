#include "CaseSession.h"

#include "imaging/MatConversion.h"

#include <QFileInfo>

namespace dv::ui {

QString CasePhoto::label() const
{
    return title.isEmpty() ? QFileInfo(path).fileName() : title;
}

void CasePhoto::makeDisplayCopies()
{
    // RGB888 (as decoded) would be converted to RGB32 on every paint.
    if (image.format() != QImage::Format_RGB32)
        image = image.convertToFormat(QImage::Format_RGB32);
    screen = std::max(image.width(), image.height()) > kScreenLongSide
                 ? image.scaled(kScreenLongSide, kScreenLongSide, Qt::KeepAspectRatio,
                                Qt::SmoothTransformation)
                 : image;
    thumbnail = screen.scaled(kThumbnailSide, kThumbnailSide, Qt::KeepAspectRatio,
                              Qt::SmoothTransformation);
    screenBgr = imaging::toMat(screen);
}

CaseSession::CaseSession(QObject *parent) : QObject(parent) {}

bool CaseSession::addPhoto(const CasePhoto &photo)
{
    if (m_photos.size() >= maxPhotos)
        return false;
    m_photos.append(photo);
    clearResult();
    emit photosChanged();
    return true;
}

void CaseSession::removePhoto(qsizetype index)
{
    if (index < 0 || index >= m_photos.size())
        return;
    m_photos.remove(index);
    clearResult();
    emit photosChanged();
}

void CaseSession::movePhoto(qsizetype from, qsizetype to)
{
    if (from < 0 || from >= m_photos.size() || to < 0 || to >= m_photos.size() || from == to)
        return;
    m_photos.move(from, to);
    clearResult(); // the result's image order no longer matches
    emit photosChanged();
}

void CaseSession::setTitle(qsizetype index, const QString &title)
{
    if (index < 0 || index >= m_photos.size())
        return;
    m_photos[index].title = title.trimmed();
    emit photosChanged(); // titles are the clinician's labels; the result still applies
}

void CaseSession::analyse(api::ApiClient &client)
{
    if (m_photos.isEmpty() || isAnalysing())
        return;
    QVector<api::ImageUpload> uploads;
    for (const CasePhoto &photo : std::as_const(m_photos)) {
        api::ImageUpload upload;
        upload.bytes = photo.uploadBytes;
        upload.contentType = photo.contentType;
        upload.title = photo.label();
        uploads.append(upload);
    }
    clearResult();
    emit resultChanged();
    m_running = client.diagnose(uploads, this,
                                [this](const api::ApiResult<model::DiagnosisReport> &result) {
                                    m_running.clear();
                                    if (!result.ok()) {
                                        emit analysisFailed(result.error().message());
                                        return;
                                    }
                                    model::SavedResponse response;
                                    response.kind = model::ResponseKind::DiagnosisSupport;
                                    response.value = result.value();
                                    m_response = response;
                                    m_raw = result.rawBody();
                                    m_reopened = false;
                                    rebuildReview();
                                    emit analysisCompleted();
                                });
    connect(m_running, &api::HttpExchange::uploadProgress, this, &CaseSession::uploadProgress);
    emit analysisStarted();
}

void CaseSession::reanalyseValidOnly(api::ApiClient &client)
{
    if (!m_review || m_reopened || isAnalysing())
        return;
    QVector<CasePhoto> valid;
    for (const review::ImageReview &image : m_review->images) {
        if (image.gate.valid && image.index >= 0 && image.index < m_photos.size())
            valid.append(m_photos.at(image.index));
    }
    if (valid.isEmpty() || valid.size() == m_photos.size())
        return;
    m_photos = valid;
    clearResult();
    emit photosChanged();
    analyse(client);
}

void CaseSession::cancel()
{
    if (m_running)
        m_running->cancel();
    m_running.clear();
}

bool CaseSession::openSavedResponse(const QByteArray &json, QString *error)
{
    const auto parsed = model::readSavedResponse(json);
    if (!parsed.ok()) {
        if (error)
            *error = parsed.error().toString();
        return false;
    }
    return openSavedResponse(parsed.value(), json, error);
}

bool CaseSession::openSavedResponse(const model::SavedResponse &response, const QByteArray &json,
                                    QString *error)
{
    if (!review::Reviewer::review(response)) {
        if (error)
            *error = tr("The file holds a %1 response, which has no clinical result to show.")
                         .arg(model::responseKindName(response.kind));
        return false;
    }
    cancel();
    clearResult();
    m_response = response;
    m_raw = json;
    m_reopened = true;
    rebuildReview();
    return true;
}

void CaseSession::setQaMode(bool enabled)
{
    if (m_qaMode == enabled)
        return;
    m_qaMode = enabled;
    rebuildReview();
}

void CaseSession::clearResult()
{
    const bool had = m_response.has_value();
    m_response.reset();
    m_diagnosis.reset();
    m_review.reset();
    m_raw.clear();
    m_reopened = false;
    if (had)
        emit resultChanged();
}

void CaseSession::rebuildReview()
{
    m_review.reset();
    m_diagnosis.reset();
    if (m_response) {
        review::ReviewOptions options;
        options.qaMode = m_qaMode;
        m_review = review::Reviewer::review(*m_response, options);
        if (const auto *report = std::get_if<model::DiagnosisReport>(&m_response->value))
            m_diagnosis = *report;
    }
    emit resultChanged();
}

} // namespace dv::ui
