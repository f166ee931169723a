#include "sandbox/analysis/FeatureExtraction.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace dv::sandbox::detail {

namespace {

constexpr double kPi = 3.14159265358979323846;

int oddAtLeast(double size, int minimum)
{
    int value = std::max(minimum, static_cast<int>(std::lround(size)));
    return value % 2 == 0 ? value + 1 : value;
}

cv::Mat disc(int diameter)
{
    return cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(diameter, diameter));
}

/// clamp((x − lo) / (hi − lo), 0, 1) for one value. Forced inline: it runs a dozen times
/// per pixel, and the sanitizer CI builds without optimisation.
[[gnu::always_inline]] inline float unit(float x, float lo, float hi)
{
    const float t = (x - lo) / (hi - lo);
    return t < 0.0F ? 0.0F : (t > 1.0F ? 1.0F : t);
}

float percentile(std::vector<float> &values, double p)
{
    if (values.empty())
        return 0.F;
    const auto k = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1));
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(k), values.end());
    return values[k];
}

/// Values of a CV_32F image where mask is set, every n-th one so that there are at most about
/// maxSamples (percentiles of a few ten thousand pixels are as good as of a million).
std::vector<float> samples(const cv::Mat &image, const cv::Mat &mask, std::size_t maxSamples)
{
    const auto count = static_cast<std::size_t>(cv::countNonZero(mask));
    const std::size_t stride =
        std::max<std::size_t>(1, count / std::max<std::size_t>(1, maxSamples));
    std::vector<float> out(count / stride + 1);
    std::size_t seen = 0;
    std::size_t taken = 0;
    for (int y = 0; y < image.rows; ++y) {
        const auto *value = image.ptr<float>(y);
        const auto *m = mask.ptr<uchar>(y);
        for (int x = 0; x < image.cols; ++x) {
            if (m[x] != 0 && seen++ % stride == 0 && taken < out.size())
                out[taken++] = value[x];
        }
    }
    out.resize(taken);
    return out;
}

double share(const cv::Mat &binary, double area)
{
    return area > 0 ? static_cast<double>(cv::countNonZero(binary)) / area : 0.0;
}

cv::Mat above(const cv::Mat &map, double threshold, const cv::Mat &roi)
{
    cv::Mat out = map > threshold;
    out &= roi;
    return out;
}

/// Skin blobs with enclosed holes (lesions of another colour) filled in.
cv::Mat regionOfInterest(const cv::Mat &skin)
{
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(skin, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    cv::Mat roi = cv::Mat::zeros(skin.size(), CV_8U);
    const double minArea = 0.002 * static_cast<double>(skin.total());
    for (std::size_t i = 0; i < contours.size(); ++i) {
        if (cv::contourArea(contours[i]) >= minArea)
            cv::drawContours(roi, contours, static_cast<int>(i), cv::Scalar(255), cv::FILLED);
    }
    return roi;
}

struct BlobShape
{
    int count = 0;
    double totalArea = 0;
    double largestArea = 0;
    double circularity = 0;
    double irregularity = 0;
    cv::Mat largest; ///< CV_8U mask of the largest blob
};

BlobShape blobShape(const cv::Mat &lesion, double roiArea)
{
    BlobShape shape;
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(lesion, labels, stats, centroids, 8, CV_32S);
    const double minArea = std::max(10.0, 0.0002 * roiArea);
    int largestLabel = -1;
    for (int label = 1; label < n; ++label) {
        const double area = stats.at<int>(label, cv::CC_STAT_AREA);
        if (area < minArea)
            continue;
        ++shape.count;
        shape.totalArea += area;
        if (area > shape.largestArea) {
            shape.largestArea = area;
            largestLabel = label;
        }
    }
    if (largestLabel < 0)
        return shape;
    shape.largest = labels == largestLabel;
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(shape.largest.clone(), contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_NONE);
    if (contours.empty())
        return shape;
    const auto &contour =
        *std::max_element(contours.begin(), contours.end(), [](const auto &a, const auto &b) {
            return cv::contourArea(a) < cv::contourArea(b);
        });
    std::vector<cv::Point> smooth;
    cv::approxPolyDP(contour, smooth, 1.5, true);
    const double area = cv::contourArea(contour);
    const double perimeter = cv::arcLength(smooth, true);
    if (perimeter > 0)
        shape.circularity = std::min(1.0, 4.0 * kPi * area / (perimeter * perimeter));
    std::vector<cv::Point> hull;
    cv::convexHull(contour, hull);
    const double hullArea = cv::contourArea(hull);
    if (hullArea > 0)
        shape.irregularity = std::clamp(1.0 - area / hullArea, 0.0, 1.0);
    return shape;
}

/// Binary dilation / closing by a disc of the given radius, via distance transforms: O(pixels)
/// whatever the radius (a large structuring element would cost radius² per pixel).
cv::Mat dilateBy(const cv::Mat &mask, double radius)
{
    cv::Mat inverse = mask == 0;
    cv::Mat distance;
    cv::distanceTransform(inverse, distance, cv::DIST_L2, cv::DIST_MASK_3);
    return distance <= radius;
}

cv::Mat closeBy(const cv::Mat &mask, double radius)
{
    const cv::Mat dilated = dilateBy(mask, radius);
    cv::Mat distance;
    cv::distanceTransform(dilated, distance, cv::DIST_L2, cv::DIST_MASK_3);
    return distance > radius;
}

/// How much darker each pixel is than the skin around it. The luminance background is a
/// median over a window a third of the frame wide (computed at a quarter of the resolution),
/// which ignores spots up to about half its size, so broad shading does not count as pigment
/// while a mole does.
cv::Mat darkerThanSurroundings(const cv::Mat &L)
{
    const int minSide = std::min(L.cols, L.rows);
    cv::Mat small, small8;
    cv::resize(L, small, cv::Size(), 0.25, 0.25, cv::INTER_AREA);
    small.convertTo(small8, CV_8U, 2.55);
    cv::medianBlur(small8, small8, oddAtLeast(minSide * 0.25 * 0.35, 3));
    small8.convertTo(small, CV_32F, 1.0 / 2.55);
    cv::Mat background;
    cv::resize(small, background, L.size(), 0, 0, cv::INTER_LINEAR);
    cv::GaussianBlur(background, background, cv::Size(), std::max(1.0, minSide / 40.0));
    cv::Mat darker = background - L;
    return darker;
}

} // namespace

PixelMap pixelMapFor(Feature feature)
{
    switch (feature) {
    case Feature::Erythema:
    case Feature::RedIntensity:
        return PixelMap::Redness;
    case Feature::Pigment:
    case Feature::PigmentDarkness:
        return PixelMap::Pigment;
    case Feature::Scale:
        return PixelMap::Scale;
    case Feature::Depigmentation:
        return PixelMap::Depigmentation;
    case Feature::Exudate:
        return PixelMap::Exudate;
    case Feature::Hair:
        return PixelMap::Hair;
    case Feature::LesionFraction:
    case Feature::LargestLesion:
    case Feature::LesionCount:
    case Feature::Circularity:
    case Feature::BorderIrregularity:
    case Feature::ColourVariegation:
    case Feature::Count:
        break;
    }
    return PixelMap::Lesion;
}

SkinAnalysis analyseSkin(const cv::Mat &bgr)
{
    SkinAnalysis result;
    const int minSide = std::min(bgr.cols, bgr.rows);
    const double total = static_cast<double>(bgr.total());

    // Skin: the classic YCrCb box (Chai & Ngan), widened on Cr so that inflamed skin stays in.
    cv::Mat ycc;
    cv::cvtColor(bgr, ycc, cv::COLOR_BGR2YCrCb);
    cv::inRange(ycc, cv::Scalar(30, 135, 80), cv::Scalar(255, 185, 130), result.skin);
    cv::morphologyEx(result.skin, result.skin, cv::MORPH_OPEN, disc(3));
    result.skin = closeBy(result.skin, std::max(1.0, minSide / 200.0));
    result.skinFraction = share(result.skin, total);
    result.roi = regionOfInterest(result.skin);
    const double roiArea = static_cast<double>(cv::countNonZero(result.roi));
    if (roiArea < 1) {
        for (auto &map : result.maps)
            map = cv::Mat::zeros(bgr.size(), CV_32F);
        return result;
    }

    // Colour planes in CIELAB (8-bit conversion, rescaled: L 0–100, a* and b* about ±127),
    // with chroma and "saturation" (chroma per lightness: rises in melanin, not in shade).
    cv::Mat lab8;
    cv::cvtColor(bgr, lab8, cv::COLOR_BGR2Lab);
    cv::Mat L(bgr.size(), CV_32F), A(bgr.size(), CV_32F), B(bgr.size(), CV_32F);
    cv::Mat chroma(bgr.size(), CV_32F), saturation(bgr.size(), CV_32F);
    for (int y = 0; y < bgr.rows; ++y) {
        const auto *in = lab8.ptr<cv::Vec3b>(y);
        auto *l = L.ptr<float>(y);
        auto *a = A.ptr<float>(y);
        auto *b = B.ptr<float>(y);
        auto *c = chroma.ptr<float>(y);
        auto *sat = saturation.ptr<float>(y);
        for (int x = 0; x < bgr.cols; ++x) {
            l[x] = static_cast<float>(in[x][0]) * (100.0F / 255.0F);
            a[x] = static_cast<float>(in[x][1]) - 128.0F;
            b[x] = static_cast<float>(in[x][2]) - 128.0F;
            c[x] = std::sqrt(a[x] * a[x] + b[x] * b[x]);
            sat[x] = c[x] / (l[x] + 5.0F);
        }
    }

    // Fine texture: local energy of the high-pass luminance.
    cv::Mat smoothL, highPass, energy;
    cv::GaussianBlur(L, smoothL, cv::Size(), 1.2);
    cv::absdiff(L, smoothL, highPass);
    cv::GaussianBlur(highPass, energy, cv::Size(), 2.5);

    // Redness against a low percentile of a* so that a plaque covering most of the photo
    // does not become the reference.
    cv::Mat reference = result.skin & result.roi;
    if (cv::countNonZero(reference) < 50)
        reference = result.roi.clone();
    constexpr std::size_t maxSamples = 40'000;
    auto sA = samples(A, reference, maxSamples);
    const auto baseA = static_cast<float>(percentile(sA, 0.25));
    cv::Mat redness(bgr.size(), CV_32F);
    for (int y = 0; y < bgr.rows; ++y) {
        const auto *a = A.ptr<float>(y);
        const auto *inRoi = result.roi.ptr<uchar>(y);
        auto *out = redness.ptr<float>(y);
        for (int x = 0; x < bgr.cols; ++x)
            out[x] = inRoi[x] != 0 ? unit(a[x] - baseA, 5, 20) : 0.0F;
    }
    // Plaques: red areas with the gaps between red islands (scale, fissures) closed.
    cv::Mat plaque = closeBy(redness > 0.3, minSide / 60.0);
    cv::morphologyEx(plaque, plaque, cv::MORPH_OPEN, disc(3));
    plaque &= result.roi;

    // "Normal skin": skin-coloured pixels away from red areas.
    cv::Mat normal = reference & ~plaque;
    if (cv::countNonZero(normal) < cv::countNonZero(reference) / 20 + 50)
        normal = reference;
    auto sL = samples(L, normal, maxSamples);
    auto sB = samples(B, normal, maxSamples);
    auto sC = samples(chroma, normal, maxSamples);
    auto sS = samples(saturation, normal, maxSamples);
    auto sE = samples(energy, normal, maxSamples);
    const auto baseL = static_cast<float>(percentile(sL, 0.5));
    const auto baseB = static_cast<float>(percentile(sB, 0.5));
    const auto baseC = static_cast<float>(percentile(sC, 0.75));
    const auto baseS = static_cast<float>(percentile(sS, 0.5));
    const auto baseEnergy = static_cast<float>(percentile(sE, 0.5));
    float plaqueL = 0;
    float plaqueC = 0;
    if (cv::countNonZero(plaque) > 50) {
        auto pL = samples(L, plaque, maxSamples);
        auto pC = samples(chroma, plaque, maxSamples);
        plaqueL = static_cast<float>(percentile(pL, 0.5));
        plaqueC = static_cast<float>(percentile(pC, 0.5));
    }

    const cv::Mat localDarkness = darkerThanSurroundings(L);
    const cv::Mat nearSkin = dilateBy(result.roi, minSide / 20.0);

    // All evidence maps in one pass over the pixels.
    //  - Pigment (melanin): darker than the surrounding skin and, unlike shade, more saturated
    //    for its lightness with a brown (not red) hue; or simply very dark and not vivid red.
    //  - Depigmentation: much less chroma than well-pigmented normal skin, a little lighter (a
    //    lot lighter is glare), not inside a red plaque (whose scale is also pale).
    //  - Exudate: yellower than normal skin (slough, crust, pus), not dark.
    //  - Scale: pale, desaturated flakes inside plaques, plus fine texture (fissures, crust).
    //  - Hair: dark, grey, finely textured, next to the skin.
    cv::Mat pigment(bgr.size(), CV_32F), depigmentation(bgr.size(), CV_32F);
    cv::Mat exudate(bgr.size(), CV_32F), scale(bgr.size(), CV_32F), hair(bgr.size(), CV_32F);
    constexpr float kDegrees = 57.2957795F;
    for (int y = 0; y < bgr.rows; ++y) {
        const auto *l = L.ptr<float>(y);
        const auto *a = A.ptr<float>(y);
        const auto *b = B.ptr<float>(y);
        const auto *c = chroma.ptr<float>(y);
        const auto *sat = saturation.ptr<float>(y);
        const auto *e = energy.ptr<float>(y);
        const auto *dark = localDarkness.ptr<float>(y);
        const auto *inRoi = result.roi.ptr<uchar>(y);
        const auto *inPlaque = plaque.ptr<uchar>(y);
        const auto *near = nearSkin.ptr<uchar>(y);
        auto *pig = pigment.ptr<float>(y);
        auto *dep = depigmentation.ptr<float>(y);
        auto *exu = exudate.ptr<float>(y);
        auto *scl = scale.ptr<float>(y);
        auto *hr = hair.ptr<float>(y);
        for (int x = 0; x < bgr.cols; ++x) {
            const float redExcess = a[x] - baseA;
            const float lighter = l[x] - baseL;
            float melanin = 0;
            const float darker = unit(dark[x], 8, 25);
            if (darker > 0) {
                const float saturated = unit(sat[x] - baseS, 0.06F, 0.2F);
                float brown = 0;
                if (saturated > 0) {
                    const float hue = std::atan2(b[x], a[x]) * kDegrees; // −180–180, skin ≈ 60
                    brown = saturated * unit(hue, 35, 50) * (1.0F - unit(hue, 150, 170));
                }
                const float black = unit(dark[x], 30, 50) * (1.0F - unit(redExcess, 12, 24));
                melanin = darker * std::max(brown, black);
            }
            pig[x] = melanin;
            hr[x] = near[x] != 0 ? unit(45.0F - l[x], 0, 15) * unit(14.0F - c[x], 0, 6) *
                                       unit(e[x] / (baseEnergy + 0.3F), 1.5F, 3.0F)
                                 : 0.0F;
            if (inRoi[x] == 0) {
                dep[x] = exu[x] = scl[x] = 0;
                continue;
            }
            dep[x] = inPlaque[x] != 0 ? 0.0F
                                      : unit(baseC - c[x], 5, 13) * unit(lighter, -3, 5) *
                                            (1.0F - unit(lighter, 14, 24));
            exu[x] = unit((b[x] - baseB) - 0.5F * redExcess, 7, 18) * unit(lighter, -12, -2);
            scl[x] = inPlaque[x] != 0
                         ? 0.6F * unit(plaqueC - c[x], 4, 12) * unit(l[x] - plaqueL, 0, 8) +
                               0.4F * unit(e[x], 1.5F, 5)
                         : 0.0F;
        }
    }
    // Hairs and pores are thinner than any pigmented lesion we care about.
    cv::morphologyEx(pigment, pigment, cv::MORPH_OPEN, disc(oddAtLeast(minSide / 150.0, 3)));
    pigment.setTo(0, result.roi == 0);
    cv::morphologyEx(hair, hair, cv::MORPH_CLOSE, disc(3));
    const cv::Mat &flakes = scale;

    // Lesions: anything clearly red, pigmented, depigmented or exudative.
    cv::Mat lesion = (redness > 0.35) | (pigment > 0.4) | (depigmentation > 0.5) | (exudate > 0.5);
    lesion &= result.roi;
    cv::morphologyEx(lesion, lesion, cv::MORPH_OPEN, disc(3));
    cv::morphologyEx(lesion, lesion, cv::MORPH_CLOSE, disc(5));

    // Shares of the region are square-root scaled so that small lesions (a 2 % mole) still
    // register against large ones (a plaque over half the photo).
    ImageFeatures &f = result.features;
    const auto rootShare = [roiArea](double area) {
        return std::sqrt(std::clamp(area / roiArea, 0.0, 1.0));
    };
    f[Feature::Erythema] = rootShare(cv::countNonZero(above(redness, 0.35, result.roi)));
    {
        auto sRed = samples(redness, result.roi, maxSamples);
        f[Feature::RedIntensity] = percentile(sRed, 0.95);
    }
    const cv::Mat pigmented = above(pigment, 0.4, result.roi);
    const double pigmentedArea = cv::countNonZero(pigmented);
    f[Feature::Pigment] = rootShare(pigmentedArea);
    if (pigmentedArea >= 20) {
        // Darkness only counts in proportion to how much pigment there is (up to 1 %).
        const double weight = std::min(1.0, pigmentedArea / (0.01 * roiArea));
        f[Feature::PigmentDarkness] =
            weight * std::clamp(cv::mean(localDarkness, pigmented)[0] / 45.0, 0.0, 1.0);
    }
    const double plaqueArea = cv::countNonZero(plaque);
    if (plaqueArea >= 0.01 * roiArea)
        f[Feature::Scale] = std::min(1.0, 5.0 * cv::mean(flakes, plaque)[0]);
    f[Feature::Depigmentation] =
        rootShare(cv::countNonZero(above(depigmentation, 0.5, result.roi)));
    f[Feature::Exudate] = rootShare(cv::countNonZero(above(exudate, 0.5, result.roi)));
    f[Feature::Hair] = std::sqrt(std::min(
        1.0, cv::sum(hair)[0] / std::max(1.0, static_cast<double>(cv::countNonZero(nearSkin)))));

    const BlobShape shape = blobShape(lesion, roiArea);
    f[Feature::LesionFraction] = rootShare(shape.totalArea);
    f[Feature::LargestLesion] = rootShare(shape.largestArea);
    f[Feature::LesionCount] = std::min(1.0, std::log1p(shape.count) / std::log1p(80.0));
    f[Feature::Circularity] = shape.circularity;
    f[Feature::BorderIrregularity] = shape.irregularity;
    if (!shape.largest.empty()) {
        double spread = 0;
        for (const cv::Mat *plane : {&L, &A, &B}) {
            cv::Scalar mean, deviation;
            cv::meanStdDev(*plane, mean, deviation, shape.largest);
            spread += deviation[0];
        }
        f[Feature::ColourVariegation] = std::clamp(spread / 40.0, 0.0, 1.0);
    }

    cv::Mat lesionF;
    lesion.convertTo(lesionF, CV_32F, 1.0 / 255.0);
    result.maps[static_cast<std::size_t>(PixelMap::Redness)] = redness;
    result.maps[static_cast<std::size_t>(PixelMap::Pigment)] = pigment;
    result.maps[static_cast<std::size_t>(PixelMap::Scale)] = scale;
    result.maps[static_cast<std::size_t>(PixelMap::Depigmentation)] = depigmentation;
    result.maps[static_cast<std::size_t>(PixelMap::Exudate)] = exudate;
    result.maps[static_cast<std::size_t>(PixelMap::Hair)] = hair;
    result.maps[static_cast<std::size_t>(PixelMap::Lesion)] = lesionF;
    return result;
}

double dermoscopicLikelihood(const cv::Mat &grey)
{
    const int w = grey.cols;
    const int h = grey.rows;
    const double cx = (w - 1) / 2.0;
    const double cy = (h - 1) / 2.0;
    const double radius = std::min(w, h) / 2.0;

    // Mean brightness of the central disc and of each of the four corners outside it.
    double inside = 0;
    double insideCount = 0;
    std::array<double, 4> corner{};
    std::array<double, 4> cornerCount{};
    const double insideLimit = (0.7 * radius) * (0.7 * radius);
    const double cornerLimit = (1.08 * radius) * (1.08 * radius);
    for (int y = 0; y < h; ++y) {
        const auto *row = grey.ptr<uchar>(y);
        const double dy2 = (y - cy) * (y - cy);
        const std::size_t half = y < cy ? 0U : 2U;
        for (int x = 0; x < w; ++x) {
            const double r2 = (x - cx) * (x - cx) + dy2;
            if (r2 < insideLimit) {
                inside += row[x];
                insideCount += 1;
            } else if (r2 > cornerLimit) {
                const std::size_t q = (x < cx ? 0U : 1U) + half;
                corner[q] += row[x];
                cornerCount[q] += 1;
            }
        }
    }
    if (insideCount < 1)
        return 0;
    inside /= insideCount;
    double brightestCorner = 0;
    for (std::size_t q = 0; q < 4; ++q) {
        if (cornerCount[q] < 16)
            return 0; // no corners outside the disc: cannot be a round field
        brightestCorner = std::max(brightestCorner, corner[q] / cornerCount[q]);
    }
    const double darkCorners =
        std::clamp((1.0 - brightestCorner / (inside + 1.0) - 0.5) / 0.35, 0.0, 1.0);
    if (darkCorners <= 0)
        return 0;

    // The bright field should be one round blob covering most of the frame.
    cv::Mat bright = grey > 0.35 * inside;
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(bright, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_NONE);
    if (contours.empty())
        return 0;
    const auto &field =
        *std::max_element(contours.begin(), contours.end(), [](const auto &a, const auto &b) {
            return cv::contourArea(a) < cv::contourArea(b);
        });
    const double area = cv::contourArea(field);
    std::vector<cv::Point> smooth;
    cv::approxPolyDP(field, smooth, 1.5, true);
    const double perimeter = cv::arcLength(smooth, true);
    const double circularity = perimeter > 0 ? 4.0 * kPi * area / (perimeter * perimeter) : 0.0;
    const double coverage = area / static_cast<double>(grey.total());
    const double round = std::clamp((circularity - 0.6) / 0.25, 0.0, 1.0);
    const double covers = coverage > 0.3 && coverage < 0.97 ? 1.0 : 0.0;
    return darkCorners * round * covers;
}

} // namespace dv::sandbox::detail

namespace dv::sandbox {

QLatin1String featureName(Feature feature)
{
    switch (feature) {
    case Feature::Erythema:
        return QLatin1String("erythema");
    case Feature::RedIntensity:
        return QLatin1String("redIntensity");
    case Feature::Pigment:
        return QLatin1String("pigment");
    case Feature::PigmentDarkness:
        return QLatin1String("pigmentDarkness");
    case Feature::Scale:
        return QLatin1String("scale");
    case Feature::Depigmentation:
        return QLatin1String("depigmentation");
    case Feature::Exudate:
        return QLatin1String("exudate");
    case Feature::LesionFraction:
        return QLatin1String("lesionFraction");
    case Feature::LargestLesion:
        return QLatin1String("largestLesion");
    case Feature::LesionCount:
        return QLatin1String("lesionCount");
    case Feature::Circularity:
        return QLatin1String("circularity");
    case Feature::BorderIrregularity:
        return QLatin1String("borderIrregularity");
    case Feature::ColourVariegation:
        return QLatin1String("colourVariegation");
    case Feature::Hair:
        return QLatin1String("hair");
    case Feature::Count:
        break;
    }
    return QLatin1String("unknown");
}

} // namespace dv::sandbox
