// libFuzzer target for everything the sandbox does with uploaded image bytes: header checks,
// OpenCV decoding and the analysis. Garbage, truncated and hostile images must give an error
// value, never a crash, a hang or an unbounded allocation.
#include "sandbox/analysis/ImageAnalysis.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)dv::sandbox::analyzeImage(bytes);
    return 0;
}
