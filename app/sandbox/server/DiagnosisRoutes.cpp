// POST /diagnosis-support: validate, analyse each image (on the worker pool), answer, and
// keep the report, with a reduced copy of each photo, for the report endpoint.
#include "sandbox/analysis/ImageAnalysis.h"
#include "sandbox/analysis/PhotoThumbnail.h"
#include "sandbox/server/DiagnosisResponse.h"
#include "sandbox/server/RequestValidation.h"
#include "sandbox/server/SandboxServer.h"

#include <QElapsedTimer>

namespace dv::sandbox {

void SandboxServer::registerDiagnosisRoutes()
{
    const QString path = QStringLiteral("/diagnosis-support");
    addEndpoint(path, QHttpServerRequest::Method::Post, Access::Bearer, Cost::Heavy,
                [this, path](const RequestData &request) {
                    QElapsedTimer timer;
                    timer.start();
                    QJsonArray errors;
                    QVector<UploadedImage> images;
                    if (const auto body = jsonObjectBody(request.body, errors))
                        images = diagnosisPayload(*body, errors);
                    if (!errors.isEmpty())
                        return validationResponse(errors);
                    if (m_replay.isEnabled()) {
                        if (const auto saved = m_replay.take(path, sha256Hex(images.first().bytes)))
                            return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                                       *saved);
                    }
                    QVector<ImageAnalysis> analyses;
                    for (const UploadedImage &image : images) {
                        auto result = analyzeImage(image.bytes);
                        if (auto *error = std::get_if<AnalysisError>(&result))
                            errors.append(undecodableImageError(image, error->message));
                        else
                            analyses.append(std::move(std::get<ImageAnalysis>(result)));
                    }
                    // An image the server cannot read is the client's problem (4xx), never a 5xx.
                    if (!errors.isEmpty())
                        return validationResponse(errors);
                    const double seconds = double(timer.elapsed()) / 1000.0;
                    // Every photo, valid or not (the vendor keeps every observation's
                    // media); not counted in the analysis time.
                    QVector<QByteArray> thumbnails;
                    for (const UploadedImage &image : images)
                        thumbnails.append(photoThumbnail(image.bytes));
                    const auto outcome = buildDiagnosisResponse(analyses, thumbnails, seconds);
                    m_reports.add(outcome.record);
                    return jsonResponse(outcome.response);
                });
}

} // namespace dv::sandbox
