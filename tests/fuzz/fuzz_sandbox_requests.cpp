// libFuzzer target for the sandbox's request handling short of image analysis: JSON bodies,
// payload and attachment validation, severity request validation and questionnaire scoring.
// Any body must yield a response value or 422 entries, never a crash or a hang.
#include "sandbox/server/RequestValidation.h"
#include "sandbox/severity/Assessment.h"
#include "sandbox/severity/Instruments.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QJsonArray errors;
    const auto body = dv::sandbox::jsonObjectBody(bytes, errors);
    if (!body)
        return 0;
    (void)dv::sandbox::diagnosisPayload(*body, errors);
    for (const auto endpoint :
         {dv::sandbox::severity::Endpoint::Manual, dv::sandbox::severity::Endpoint::AutomaticLocal,
          dv::sandbox::severity::Endpoint::AutomaticGlobal})
        (void)dv::sandbox::severity::parseRequest(*body, endpoint);
    (void)dv::sandbox::severity::assessManual(*body);
    return 0;
}
