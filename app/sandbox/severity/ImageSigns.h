#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVector>
#include <opencv2/core.hpp>

// Image-derived clinical signs for the automatic scores, with OpenCV. No model: classical
// colour and shape measurements on a working copy of the photo (longest side 640 px), tuned on
// the shared clinical photos. Every measurement is a documented proxy, not a validated
// clinical estimate: the sandbox imitates the API's shape and plausibility, not its accuracy.
//
//   skin       YCrCb skin rule (Cr 133–173, Cb 77–127) on pixels with L* ≥ 15 and chroma ≥ 6;
//              a yellow-brown background that passes it (wood, cardboard) shows up as a
//              second, yellower CIELAB hue mode and is dropped; holes are filled (scales,
//              depigmented patches and lesions inside the skin are skin); components under
//              2 % of the image are dropped.
//   lesion     red skin: a* at least 7 above the reference skin (a*'s 30th percentile over the
//              skin, i.e. the uninvolved skin), plus whitish scale (L* +4, chroma −3 against
//              the skin medians) next to it.
//   erythema   mean a* excess of the red lesion pixels (CIELAB units).
//   desquamation fraction of the lesion covered by whitish scale.
//   induration PROXY: relief, i.e. the band-pass (difference of Gaussians) contrast of L* in
//              the lesion over the uninvolved skin's; raised plaques shade and crack.
//   crusting   yellow-brown (b* +8) or dark haemorrhagic pixels in the lesion.
//   excoriation dark-red pixels (a* +12, L* −8) in the lesion.
//   lichenification PROXY: Laplacian (fine texture) energy of L* in the lesion over the
//              uninvolved skin's.
//   dryness    whitish, low-chroma pixels on the uninvolved skin (away from the lesion).
//   depigmentation pixels lighter (L* +1) and less red (a* −2) than their local skin
//              neighbourhood (normalised Gaussian, σ 12 px at 512), in blob-shaped patches
//              (elongation ≤ 2.2: elongated streaks are lighting on fingers, not vitiligo).
//              Patchiness-based: near-universal depigmentation is underestimated.
//   hair loss  PROXY: scalp-like pixels (skin, or lit and slightly pink) enclosed by the hair
//              region (dark pixels, closed and filled), as patches, over patches + hair.
//   wound      red granulation, strongly yellow slough and dark necrosis within the skin's
//              outline, closed and filled; composition and the a* excess around it.
//   spots      connected components of local a* excess (acne, nodules, abscesses, tunnels,
//              wheals: by size and elongation) or of "lighter, paler, still yellow" (pustules;
//              white psoriatic scale can pass for pustules).
// Deterministic: the same pixels give the same numbers, masks and JPEG bytes.
namespace dv::sandbox::severity {

/// Decodes uploaded image bytes through the analysis's gate (decodeUploadedImage()) into an
/// 8-bit BGR image; an empty Mat for anything that gate refuses. Never throws.
cv::Mat decodeImage(const QByteArray &bytes);

/// A sign graded on an instrument's ordinal scale.
struct Grade
{
    double measure = 0;    ///< the measurement the grade comes from
    int value = 0;         ///< grade: the number of cut points at or below `measure`
    double confidence = 0; ///< 0–100: how far `measure` is from the nearest cut point
};

/// Grades `measure` by ascending `cuts` (grade 0 below the first cut).
Grade gradeFromCuts(double measure, const QVector<double> &cuts);

/// A detected lesion, in source-image pixel coordinates.
struct Finding
{
    QString
        code; ///< nodule | abscess | drainingTunnel | acne | wheal | pustule | inflammatoryLesion
    double confidence = 0; ///< 0–100
    cv::Rect box;
};

enum class SpotKind
{
    Acne,         ///< small red papules / pustules → "acne"
    Inflammatory, ///< as Acne, coded "inflammatoryLesion" (nsil)
    Hidradenitis, ///< "nodule", "abscess", "drainingTunnel" by size and elongation
    Wheal,        ///< larger pink raised areas → "wheal"
    Pustule,      ///< small yellow-white spots → "pustule"
};

struct Inflammation
{
    double lesionFraction = 0;      ///< lesion pixels / skin pixels
    double rednessExcess = 0;       ///< mean a* excess of the red lesion pixels
    double scaleFraction = 0;       ///< whitish scale / lesion
    double reliefRatio = 1;         ///< DoG contrast of L*: lesion / uninvolved skin
    double textureRatio = 1;        ///< Laplacian energy of L*: lesion / uninvolved skin
    double crustFraction = 0;       ///< yellow-brown or dark haemorrhagic crust / lesion
    double excoriationFraction = 0; ///< dark-red marks / lesion
    double drynessFraction = 0;     ///< scale-like pixels / uninvolved skin
    cv::Mat probability;            ///< CV_8U 0..255, working size (≥ 128 inside the mask)
    cv::Mat mask;                   ///< CV_8U 0/255, working size
};

struct Depigmentation
{
    double fraction = 0; ///< depigmented pixels / skin pixels
    cv::Mat probability; ///< CV_8U, working size
    cv::Mat mask;        ///< CV_8U 0/255, working size
};

struct HairLoss
{
    double fraction = 0; ///< bald scalp / (bald scalp + hair), 0..1
    cv::Mat hairMask;    ///< CV_8U 0/255, working size
    cv::Mat baldMask;    ///< CV_8U 0/255, working size
};

struct Wound
{
    double areaFraction = 0;     ///< wound pixels / image pixels
    double necrosisFraction = 0; ///< of the wound
    double sloughFraction = 0;   ///< of the wound
    double granulationFraction = 0;
    double periwoundRedness = 0; ///< mean a* excess in a ring around the wound
    cv::Mat mask;                ///< CV_8U 0/255, working size
};

/// One photo, prepared once (working copy, CIELAB planes, skin mask) and measured on demand.
/// Const methods only: safe to share between threads once constructed.
class Photo
{
public:
    /// 8-bit (or 16-bit) 1-, 3- or 4-channel image, BGR order as OpenCV decodes it. Anything
    /// else (or an empty Mat) yields an invalid photo whose measurements are all zero.
    explicit Photo(const cv::Mat &image);

    bool isValid() const { return !m_source.empty(); }
    const cv::Mat &source() const { return m_source; } ///< 8-bit BGR, source size
    cv::Size sourceSize() const { return m_source.size(); }
    double skinFraction() const;                       ///< skin pixels / image pixels
    const cv::Mat &skinMask() const { return m_skin; } ///< working size

    Inflammation inflammation() const;
    Depigmentation depigmentation() const;
    HairLoss hairLoss() const;
    Wound wound() const;
    /// Lesions of one kind, strongest first (at most 300). `mask` (optional) receives the
    /// union of the detected components at working size.
    QVector<Finding> spots(SpotKind kind, cv::Mat *mask = nullptr) const;

    /// A working-size CV_8U map brought to the source size (bilinear), as the API publishes
    /// masks "at the source image's size".
    cv::Mat toSourceSize(const cv::Mat &workingMap) const;

private:
    int px(double at512) const;
    int oddPx(double at512) const;
    cv::Rect toSourceRect(const cv::Rect &working) const;

    cv::Mat m_source;           ///< 8UC3
    cv::Mat m_work;             ///< 8UC3, longest side ≤ 640
    cv::Mat m_L, m_A, m_B, m_C; ///< CV_32F CIELAB planes and chroma, working size
    cv::Mat m_skin, m_core;     ///< CV_8U 0/255
    double m_scale512 = 1;      ///< working longest side / 512
    double m_refL = 0, m_refA = 0, m_refB = 0, m_refC = 0;
};

/// `{title, contentType: "image/jpeg", data: <base64 JPEG>, height, width, colorModel: "RGB"}`
/// of an 8-bit BGR or grey image (grey is written as RGB). Quality 90: deterministic bytes.
QJsonObject jpegAttachment(const cv::Mat &image, const QString &title);
/// The source photo with `mask` (source size) tinted in `colour` (BGR) and outlined.
cv::Mat overlay(const cv::Mat &source, const cv::Mat &mask, const cv::Scalar &colour);
/// The source photo with each finding's box drawn (colour by code).
cv::Mat annotate(const cv::Mat &source, const QVector<Finding> &findings);

} // namespace dv::sandbox::severity
