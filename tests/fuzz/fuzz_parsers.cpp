// libFuzzer target for every parser, the review model and both review renderings.
// Any input must yield a value or an error: never a crash, a hang or unbounded memory.
#include "model/ApiResources.h"
#include "model/SavedResponse.h"
#include "review/ReviewJson.h"
#include "review/ReviewText.h"

#include <cstddef>
#include <cstdint>

namespace {

void exerciseReview(const dv::model::SavedResponse &response)
{
    for (const bool qa : {false, true}) {
        const dv::review::ReviewOptions options{qa};
        std::optional<dv::review::Review> review;
        if (const auto *diagnosis = std::get_if<dv::model::DiagnosisReport>(&response.value))
            review = dv::review::Reviewer::review(*diagnosis, options);
        else if (const auto *severity = std::get_if<dv::model::SeverityReport>(&response.value))
            review = dv::review::Reviewer::review(*severity, options);
        else if (const auto *stored = std::get_if<dv::model::StoredReport>(&response.value))
            review = dv::review::Reviewer::review(*stored, options);
        if (!review)
            return;
        (void)dv::review::reviewToJson(*review);
        (void)dv::review::ReviewText::render(*review);
        // The safety invariant itself: nothing clinical outside QA when a gate is closed.
        if (!qa && !review->aggregate.valid &&
            (review->differential.total() != 0 || !review->clinicalIndicators.isEmpty()))
            __builtin_trap();
        for (const auto &image : review->images) {
            if (!qa && !image.gate.valid && image.differential.total() != 0)
                __builtin_trap();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto saved = dv::model::readSavedResponse(bytes);
    if (saved.ok())
        exerciseReview(saved.value());
    // Each parser on its own too: auto-detection only ever reaches one of them.
    (void)dv::model::parseDiagnosisReport(bytes);
    (void)dv::model::parseSeverityReport(bytes);
    (void)dv::model::parseStoredReport(bytes, dv::model::StoredReportFormat::Standard);
    (void)dv::model::parseStoredReport(bytes, dv::model::StoredReportFormat::Fhir);
    (void)dv::model::parseLoginResponse(bytes);
    (void)dv::model::parseBodySites(bytes);
    (void)dv::model::parseQuestionnaires(bytes);
    (void)dv::model::parseDeviceInformation(bytes);
    (void)dv::model::parseValidationErrors(bytes);
    return 0;
}
