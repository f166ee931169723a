#include "sandbox/severity/ImageSigns.h"

#include "sandbox/analysis/ImageDecoding.h"

#include <QJsonValue>
#include <algorithm>
#include <cmath>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace dv::sandbox::severity {

namespace {

constexpr int workingSide = 640;
constexpr int maxFindings = 300;

double clamp01(double value)
{
    return std::min(1.0, std::max(0.0, value));
}

/// The `p`-th quantile (0..1) of `values` where `mask` is set; 0 when the mask is empty.
double quantile(const cv::Mat &values, const cv::Mat &mask, double p)
{
    std::vector<float> picked;
    picked.reserve(static_cast<size_t>(cv::countNonZero(mask)));
    for (int y = 0; y < values.rows; ++y) {
        const float *v = values.ptr<float>(y);
        const uchar *m = mask.ptr<uchar>(y);
        for (int x = 0; x < values.cols; ++x) {
            if (m[x])
                picked.push_back(v[x]);
        }
    }
    if (picked.empty())
        return 0.0;
    const auto k = static_cast<size_t>(
        std::min(static_cast<double>(picked.size() - 1), p * static_cast<double>(picked.size())));
    std::nth_element(picked.begin(), picked.begin() + static_cast<std::ptrdiff_t>(k), picked.end());
    return static_cast<double>(picked[k]);
}

double meanWhere(const cv::Mat &values, const cv::Mat &mask)
{
    if (cv::countNonZero(mask) == 0)
        return 0.0;
    return cv::mean(values, mask)[0];
}

double ratio(int part, int whole)
{
    return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

cv::Mat ellipse(int size)
{
    return cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(size, size));
}

cv::Mat fillHoles(const cv::Mat &mask)
{
    cv::Mat padded;
    cv::copyMakeBorder(~mask, padded, 1, 1, 1, 1, cv::BORDER_CONSTANT, cv::Scalar(255));
    cv::floodFill(padded, cv::Point(0, 0), cv::Scalar(0));
    const cv::Mat holes = padded(cv::Rect(1, 1, mask.cols, mask.rows));
    return mask | holes;
}

/// Keeps the components of `mask` whose area is at least `minArea` pixels.
cv::Mat dropSmallComponents(const cv::Mat &mask, double minArea)
{
    cv::Mat labels, stats, centroids;
    const int count = cv::connectedComponentsWithStats(mask, labels, stats, centroids, 8, CV_32S);
    std::vector<uchar> keep(static_cast<size_t>(count), 0);
    for (int i = 1; i < count; ++i)
        keep[static_cast<size_t>(i)] = stats.at<int>(i, cv::CC_STAT_AREA) >= minArea ? 255 : 0;
    cv::Mat result(mask.size(), CV_8U, cv::Scalar(0));
    for (int y = 0; y < mask.rows; ++y) {
        const int *l = labels.ptr<int>(y);
        uchar *r = result.ptr<uchar>(y);
        for (int x = 0; x < mask.cols; ++x)
            r[x] = keep[static_cast<size_t>(l[x])];
    }
    return result;
}

/// Mean of `values` around each pixel over the pixels of `mask` only (normalised
/// convolution), so that the background never leaks into a skin neighbourhood.
cv::Mat localMean(const cv::Mat &values, const cv::Mat &mask, double sigma)
{
    cv::Mat weight;
    mask.convertTo(weight, CV_32F, 1.0 / 255.0);
    cv::Mat numerator, denominator;
    cv::GaussianBlur(values.mul(weight), numerator, cv::Size(), sigma);
    cv::GaussianBlur(weight, denominator, cv::Size(), sigma);
    return numerator / (denominator + 1e-4);
}

/// A probability map (0..1) as CV_8U, forced to agree with `mask`: ≥ 128 inside, < 128 out.
cv::Mat probabilityImage(const cv::Mat &probability, const cv::Mat &mask)
{
    cv::Mat bytes;
    probability.convertTo(bytes, CV_8U, 255.0);
    cv::Mat inside = cv::max(bytes, 128);
    cv::Mat outside = cv::min(bytes, 127);
    inside.copyTo(outside, mask);
    return outside;
}

/// Elongation of a component: long side / short side of its minimum-area rectangle.
double elongation(const cv::Mat &labels, int label, const cv::Rect &box)
{
    std::vector<cv::Point> points;
    for (int y = box.y; y < box.y + box.height; ++y) {
        const int *l = labels.ptr<int>(y);
        for (int x = box.x; x < box.x + box.width; ++x) {
            if (l[x] == label)
                points.emplace_back(x, y);
        }
    }
    if (points.size() < 3)
        return 1.0;
    const cv::RotatedRect rect = cv::minAreaRect(points);
    const double longSide = std::max(rect.size.width, rect.size.height) + 1.0;
    const double shortSide = std::min(rect.size.width, rect.size.height) + 1.0;
    return longSide / shortSide;
}

/// Background rejection: a yellow-brown surface that passes the YCrCb skin rule (wood,
/// cardboard) forms a second, yellower hue mode. When the dominant hue mode is at 60° or more
/// and a clearly separated, redder mode holds at least 8 % of the candidates, the cut-off hue
/// between them is returned; otherwise 1000 (no cut).
double backgroundHueCut(const cv::Mat &hue, const cv::Mat &candidates)
{
    constexpr int bins = 36; // 3° bins over 0..108°
    double histogram[bins] = {};
    int total = 0;
    for (int y = 0; y < hue.rows; ++y) {
        const float *h = hue.ptr<float>(y);
        const uchar *c = candidates.ptr<uchar>(y);
        for (int x = 0; x < hue.cols; ++x) {
            if (!c[x])
                continue;
            const int bin = std::clamp(static_cast<int>(std::floor(h[x] / 3.0f)), 0, bins - 1);
            histogram[bin] += 1.0;
            ++total;
        }
    }
    if (total == 0)
        return 1000.0;
    double smooth[bins];
    for (int b = 0; b < bins; ++b) {
        double acc = 0, weights = 0;
        for (int d = -2; d <= 2; ++d) {
            const int k = b + d;
            if (k < 0 || k >= bins)
                continue;
            const double w = 3.0 - std::abs(d);
            acc += w * histogram[k];
            weights += w;
        }
        smooth[b] = acc / weights;
    }
    int peak = 0;
    for (int b = 1; b < bins; ++b) {
        if (smooth[b] > smooth[peak])
            peak = b;
    }
    if (peak * 3 < 60)
        return 1000.0;
    int valley = -1;
    for (int v = 14; v * 3 <= peak * 3 - 12; ++v) {
        if (smooth[v] > 0.25 * smooth[peak])
            continue;
        double lowPeak = 0, lowMass = 0;
        for (int b = 0; b < v; ++b) {
            lowPeak = std::max(lowPeak, smooth[b]);
            lowMass += histogram[b];
        }
        if (lowPeak < 2.0 * smooth[v] || lowMass < 0.08 * total)
            continue;
        if (valley < 0 || smooth[v] < smooth[valley])
            valley = v;
    }
    return valley < 0 ? 1000.0 : valley * 3.0 + 1.5;
}

cv::Mat toBgr8(const cv::Mat &image)
{
    if (image.empty() || image.dims != 2)
        return cv::Mat();
    cv::Mat eight;
    if (image.depth() == CV_8U)
        eight = image;
    else if (image.depth() == CV_16U)
        image.convertTo(eight, CV_8U, 1.0 / 257.0);
    else
        return cv::Mat();
    cv::Mat bgr;
    switch (eight.channels()) {
    case 1:
        cv::cvtColor(eight, bgr, cv::COLOR_GRAY2BGR);
        break;
    case 3:
        bgr = eight.clone();
        break;
    case 4:
        cv::cvtColor(eight, bgr, cv::COLOR_BGRA2BGR);
        break;
    default:
        return cv::Mat();
    }
    return bgr;
}

double confidenceFromMargin(double margin, double scale)
{
    return std::round(10.0 * (50.0 + 49.0 * clamp01(margin / scale))) / 10.0;
}

} // namespace

cv::Mat decodeImage(const QByteArray &bytes)
{
    auto decoded = decodeUploadedImage(bytes);
    if (auto *pixels = std::get_if<cv::Mat>(&decoded))
        return *pixels;
    return cv::Mat();
}

Grade gradeFromCuts(double measure, const QVector<double> &cuts)
{
    Grade grade;
    grade.measure = measure;
    for (const double cut : cuts) {
        if (measure >= cut)
            ++grade.value;
    }
    // Confidence: distance to the nearest cut point relative to the width of the band the
    // measure falls in (half a band away or more: 99).
    double distance = 1e9;
    double width = 1e9;
    for (qsizetype i = 0; i < cuts.size(); ++i) {
        distance = std::min(distance, std::fabs(measure - cuts.at(i)));
        if (i > 0)
            width = std::min(width, cuts.at(i) - cuts.at(i - 1));
    }
    if (cuts.size() == 1)
        width = std::max(std::fabs(cuts.first()), 1e-6);
    grade.confidence = confidenceFromMargin(distance, 0.5 * width);
    return grade;
}

Photo::Photo(const cv::Mat &image)
{
    m_source = toBgr8(image);
    if (m_source.empty())
        return;
    const int longest = std::max(m_source.cols, m_source.rows);
    const double scale = std::min(1.0, static_cast<double>(workingSide) / longest);
    if (scale < 1.0)
        cv::resize(m_source, m_work, cv::Size(), scale, scale, cv::INTER_AREA);
    else
        m_work = m_source.clone();
    m_scale512 = std::max(m_work.cols, m_work.rows) / 512.0;

    cv::Mat floating, lab;
    m_work.convertTo(floating, CV_32F, 1.0 / 255.0);
    cv::cvtColor(floating, lab, cv::COLOR_BGR2Lab);
    std::vector<cv::Mat> planes;
    cv::split(lab, planes);
    m_L = planes[0];
    m_A = planes[1];
    m_B = planes[2];
    cv::Mat hue;
    cv::magnitude(m_A, m_B, m_C);
    cv::phase(m_A, m_B, hue, true);
    // Hues just below 360° are reds: fold them to small negative angles.
    cv::Mat wrapped = hue - 360.0f;
    wrapped.copyTo(hue, hue > 180.0f);

    cv::Mat ycc, candidates;
    cv::cvtColor(m_work, ycc, cv::COLOR_BGR2YCrCb);
    cv::inRange(ycc, cv::Scalar(0, 133, 77), cv::Scalar(255, 173, 127), candidates);
    candidates &= (m_L >= 15.0f) & (m_C >= 6.0f);
    const double cut = backgroundHueCut(hue, candidates);
    if (cut < 1000.0)
        candidates &= (hue <= cut);

    cv::Mat skin;
    cv::morphologyEx(candidates, skin, cv::MORPH_OPEN, ellipse(oddPx(5)));
    cv::morphologyEx(skin, skin, cv::MORPH_CLOSE, ellipse(oddPx(9)));
    skin = fillHoles(skin);
    const double imageArea = static_cast<double>(skin.total());
    cv::Mat kept = dropSmallComponents(skin, 0.02 * imageArea);
    if (cv::countNonZero(kept) == 0)
        kept = dropSmallComponents(skin, 0.005 * imageArea);
    m_skin = kept;
    cv::erode(m_skin, m_core, ellipse(oddPx(7)));
    const cv::Mat reference = cv::countNonZero(m_core) > 0 ? m_core : m_skin;
    m_refL = quantile(m_L, reference, 0.5);
    m_refA = quantile(m_A, reference, 0.3);
    m_refB = quantile(m_B, reference, 0.5);
    m_refC = quantile(m_C, reference, 0.5);
}

int Photo::px(double at512) const
{
    return std::max(1, static_cast<int>(std::lround(at512 * m_scale512)));
}

int Photo::oddPx(double at512) const
{
    const int size = px(at512);
    return size % 2 == 0 ? size + 1 : size;
}

double Photo::skinFraction() const
{
    return m_skin.empty() ? 0.0 : ratio(cv::countNonZero(m_skin), static_cast<int>(m_skin.total()));
}

cv::Mat Photo::toSourceSize(const cv::Mat &workingMap) const
{
    if (workingMap.empty() || workingMap.size() == m_source.size())
        return workingMap.clone();
    cv::Mat resized;
    cv::resize(workingMap, resized, m_source.size(), 0, 0, cv::INTER_LINEAR);
    return resized;
}

cv::Rect Photo::toSourceRect(const cv::Rect &working) const
{
    const double sx = static_cast<double>(m_source.cols) / m_work.cols;
    const double sy = static_cast<double>(m_source.rows) / m_work.rows;
    const int x1 = static_cast<int>(std::floor(working.x * sx));
    const int y1 = static_cast<int>(std::floor(working.y * sy));
    const int x2 =
        std::min(m_source.cols, static_cast<int>(std::ceil((working.x + working.width) * sx)));
    const int y2 =
        std::min(m_source.rows, static_cast<int>(std::ceil((working.y + working.height) * sy)));
    return cv::Rect(x1, y1, std::max(1, x2 - x1), std::max(1, y2 - y1));
}

Inflammation Photo::inflammation() const
{
    Inflammation result;
    if (!isValid())
        return result;
    const int skinPixels = cv::countNonZero(m_skin);
    if (skinPixels == 0) {
        result.mask = cv::Mat::zeros(m_work.size(), CV_8U);
        result.probability = result.mask.clone();
        return result;
    }
    cv::Mat smoothA;
    cv::GaussianBlur(m_A, smoothA, cv::Size(), 1.5 * m_scale512);
    const cv::Mat excess = smoothA - m_refA;
    const cv::Mat red = (excess > 7.0) & m_skin;
    const cv::Mat scale = (m_L > m_refL + 4.0) & (m_C < m_refC - 3.0) & m_skin;
    cv::Mat nearRed;
    cv::dilate(red, nearRed, ellipse(oddPx(15)));
    cv::Mat lesion = red | (scale & nearRed);
    cv::morphologyEx(lesion, lesion, cv::MORPH_CLOSE, ellipse(oddPx(7)));
    cv::morphologyEx(lesion, lesion, cv::MORPH_OPEN, ellipse(oddPx(3)));
    lesion &= m_skin;
    lesion = dropSmallComponents(lesion, 0.001 * skinPixels);
    const int lesionPixels = cv::countNonZero(lesion);
    const cv::Mat uninvolved = m_skin & ~lesion;
    const int uninvolvedPixels = cv::countNonZero(uninvolved);

    cv::Mat probability = (excess - 3.0) / 8.0;
    probability = cv::max(probability, 0.0);
    probability = cv::min(probability, 1.0);
    probability.setTo(0.6, scale & nearRed & (probability < 0.6));
    probability.setTo(0.0, ~m_skin);
    result.probability = probabilityImage(probability, lesion);
    result.mask = lesion;

    result.lesionFraction = ratio(lesionPixels, skinPixels);
    result.rednessExcess = meanWhere(excess, red & lesion);
    result.scaleFraction = ratio(cv::countNonZero(scale & lesion), lesionPixels);

    // Relief (induration proxy) and texture (lichenification proxy) against the uninvolved
    // skin; when almost all skin is lesion, against a neutral 1.
    cv::Mat fine, coarse, relief, smoothL, laplacian;
    cv::GaussianBlur(m_L, fine, cv::Size(), 1.0 * m_scale512);
    cv::GaussianBlur(m_L, coarse, cv::Size(), 4.0 * m_scale512);
    relief = cv::abs(fine - coarse);
    cv::GaussianBlur(m_L, smoothL, cv::Size(), 0.8 * m_scale512);
    cv::Laplacian(smoothL, laplacian, CV_32F);
    laplacian = cv::abs(laplacian);
    if (lesionPixels > 0 && uninvolvedPixels > 0.05 * skinPixels) {
        result.reliefRatio =
            meanWhere(relief, lesion) / std::max(1e-3, meanWhere(relief, uninvolved));
        result.textureRatio =
            meanWhere(laplacian, lesion) / std::max(1e-3, meanWhere(laplacian, uninvolved));
    }

    const cv::Mat crust =
        ((m_B > m_refB + 8.0) & (m_L < m_refL + 5.0)) | ((m_L < m_refL - 20.0) & (excess > 3.0));
    result.crustFraction = ratio(cv::countNonZero(crust & lesion), lesionPixels);
    const cv::Mat excoriation = (excess > 12.0) & (m_L < m_refL - 8.0);
    result.excoriationFraction = ratio(cv::countNonZero(excoriation & lesion), lesionPixels);
    cv::Mat aroundLesion;
    cv::dilate(lesion, aroundLesion, ellipse(oddPx(9)));
    const cv::Mat dry = (m_L > m_refL + 6.0) & (m_C < m_refC - 4.0) & m_skin & ~aroundLesion;
    result.drynessFraction = ratio(cv::countNonZero(dry), uninvolvedPixels);
    return result;
}

Depigmentation Photo::depigmentation() const
{
    Depigmentation result;
    if (!isValid())
        return result;
    result.mask = cv::Mat::zeros(m_work.size(), CV_8U);
    result.probability = result.mask.clone();
    const int corePixels = cv::countNonZero(m_core);
    if (corePixels == 0)
        return result;
    // Neighbourhood reference without dark hair and shadows.
    const cv::Mat reference = m_core & (m_L > m_refL - 15.0);
    const double sigma = 12.0 * m_scale512;
    const cv::Mat lessRed = localMean(m_A, reference, sigma) - m_A;
    const cv::Mat lighter = m_L - localMean(m_L, reference, sigma);
    cv::Mat patches = (lessRed > 2.0) & (lighter > 1.0) & reference;
    cv::morphologyEx(patches, patches, cv::MORPH_OPEN, ellipse(3));

    cv::Mat labels, stats, centroids;
    const int count =
        cv::connectedComponentsWithStats(patches, labels, stats, centroids, 8, CV_32S);
    const double minArea = 6.0 * m_scale512 * m_scale512;
    std::vector<uchar> keep(static_cast<size_t>(count), 0);
    for (int i = 1; i < count; ++i) {
        const cv::Rect box(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                           stats.at<int>(i, cv::CC_STAT_WIDTH),
                           stats.at<int>(i, cv::CC_STAT_HEIGHT));
        if (stats.at<int>(i, cv::CC_STAT_AREA) >= minArea && elongation(labels, i, box) <= 2.2)
            keep[static_cast<size_t>(i)] = 255;
    }
    for (int y = 0; y < labels.rows; ++y) {
        const int *l = labels.ptr<int>(y);
        uchar *m = result.mask.ptr<uchar>(y);
        for (int x = 0; x < labels.cols; ++x)
            m[x] = keep[static_cast<size_t>(l[x])];
    }
    cv::Mat probability = 0.5 + (lessRed - 2.0) / 8.0 + (lighter - 1.0) / 12.0;
    probability = cv::max(probability, 0.0);
    probability = cv::min(probability, 1.0);
    probability.setTo(0.0, ~m_core);
    result.probability = probabilityImage(probability, result.mask);
    result.fraction = ratio(cv::countNonZero(result.mask), corePixels);
    return result;
}

HairLoss Photo::hairLoss() const
{
    HairLoss result;
    if (!isValid())
        return result;
    cv::Mat hair = ((m_L < 35.0) | ((m_L < m_refL - 20.0) & (m_C < 18.0))) & ~m_skin;
    cv::morphologyEx(hair, hair, cv::MORPH_OPEN, ellipse(3));
    cv::Mat region;
    cv::morphologyEx(hair, region, cv::MORPH_CLOSE, ellipse(oddPx(41)));
    region = fillHoles(region | hair);
    // Enclosed, not hair, and skin-like: lit (L* > 35) and slightly pink (a* > 2, chroma
    // > 5), which keeps a grey wall seen between strands out while admitting the paler,
    // greyish-pink patches the skin rule misses.
    const cv::Mat skinLike = m_skin | ((m_L > 35.0) & (m_A > 2.0) & (m_C > 5.0));
    cv::Mat bald = skinLike & region & ~hair;
    // Patches, not the light gaps between strands.
    cv::morphologyEx(bald, bald, cv::MORPH_OPEN, ellipse(oddPx(7)));
    bald = dropSmallComponents(bald, 0.002 * static_cast<double>(bald.total()));
    const int baldPixels = cv::countNonZero(bald);
    const int hairPixels = cv::countNonZero(hair);
    result.fraction = ratio(baldPixels, baldPixels + hairPixels);
    result.hairMask = hair;
    result.baldMask = bald;
    return result;
}

Wound Photo::wound() const
{
    Wound result;
    if (!isValid())
        return result;
    result.mask = cv::Mat::zeros(m_work.size(), CV_8U);
    if (cv::countNonZero(m_skin) == 0)
        return result;
    // The wound lies within the skin's outline: red granulation, yellow slough, dark necrosis.
    const cv::Mat within = fillHoles(m_skin);
    const cv::Mat excess = m_A - m_refA;
    const cv::Mat granulation = (excess > 7.0) & within;
    // Slough: yellow and not red. Strongly yellow pixels seed the wound outline; the wound
    // bed's composition uses the looser definition (the rim encloses the bed anyway).
    const cv::Mat slough = (m_B > m_refB + 6.0) & (m_L > 35.0) & (excess < 5.0) & within;
    const cv::Mat sloughSeed = slough & (m_B > m_refB + 10.0);
    const cv::Mat necrosis = (m_L < 25.0) & within;
    cv::Mat wound = granulation | sloughSeed | necrosis;
    cv::morphologyEx(wound, wound, cv::MORPH_CLOSE, ellipse(oddPx(9)));
    cv::morphologyEx(wound, wound, cv::MORPH_OPEN, ellipse(oddPx(5)));
    wound = fillHoles(wound); // whatever the wound's rim encloses is wound bed
    wound = dropSmallComponents(wound, 0.002 * static_cast<double>(wound.total()));
    const int woundPixels = cv::countNonZero(wound);
    result.mask = wound;
    result.areaFraction = ratio(woundPixels, static_cast<int>(wound.total()));
    result.necrosisFraction = ratio(cv::countNonZero(necrosis & wound), woundPixels);
    result.sloughFraction = ratio(cv::countNonZero(slough & wound), woundPixels);
    result.granulationFraction = ratio(cv::countNonZero(granulation & wound), woundPixels);
    if (woundPixels > 0) {
        cv::Mat around;
        cv::dilate(wound, around, ellipse(oddPx(25)));
        const cv::Mat ring = around & ~wound & m_skin;
        result.periwoundRedness = std::max(0.0, meanWhere(excess, ring));
    }
    return result;
}

QVector<Finding> Photo::spots(SpotKind kind, cv::Mat *mask) const
{
    QVector<Finding> findings;
    if (mask)
        *mask = m_work.empty() ? cv::Mat() : cv::Mat::zeros(m_work.size(), CV_8U);
    if (!isValid() || cv::countNonZero(m_skin) == 0)
        return findings;

    const double imageArea = static_cast<double>(m_work.total());
    const double skinArea = static_cast<double>(cv::countNonZero(m_skin));
    const double s2 = m_scale512 * m_scale512;
    QString singleCode;
    double threshold = 5.0;
    double sigma = 8.0;
    double minArea = 3.0 * s2;
    double maxArea = 0.0015 * skinArea;
    double maxElongation = 3.5;
    cv::Mat signal;
    switch (kind) {
    case SpotKind::Acne:
    case SpotKind::Inflammatory:
        singleCode =
            kind == SpotKind::Acne ? QStringLiteral("acne") : QStringLiteral("inflammatoryLesion");
        break;
    case SpotKind::Hidradenitis:
        threshold = 6.0;
        sigma = 20.0;
        minArea = 0.0003 * imageArea;
        maxArea = imageArea;
        maxElongation = 1e9;
        break;
    case SpotKind::Wheal:
        singleCode = QStringLiteral("wheal");
        threshold = 4.0;
        sigma = 25.0;
        minArea = 0.0008 * imageArea;
        maxArea = 0.25 * imageArea;
        maxElongation = 6.0;
        break;
    case SpotKind::Pustule:
        singleCode = QStringLiteral("pustule");
        threshold = 12.0;
        sigma = 6.0;
        minArea = 6.0 * s2;
        maxArea = 0.002 * imageArea;
        maxElongation = 3.0;
        break;
    }
    if (kind == SpotKind::Pustule) {
        // Creamy white-yellow: lighter and less red than the neighbouring skin, but still
        // yellow (b* at least 70 % of the neighbourhood's); white scale is not a pustule.
        const double radius = sigma * m_scale512;
        const cv::Mat lighter = m_L - localMean(m_L, m_skin, radius);
        const cv::Mat paler = localMean(m_A, m_skin, radius) - m_A;
        signal = cv::min(lighter, paler * 1.5);
        signal.setTo(0.0, m_B < localMean(m_B, m_skin, radius) * 0.7);
    } else {
        cv::Mat smoothA;
        cv::GaussianBlur(m_A, smoothA, cv::Size(), 1.0 * m_scale512);
        signal = smoothA - localMean(m_A, m_skin, sigma * m_scale512);
    }
    cv::Mat candidates = (signal > threshold) & m_skin;
    if (kind == SpotKind::Wheal || kind == SpotKind::Hidradenitis)
        cv::morphologyEx(candidates, candidates, cv::MORPH_OPEN, ellipse(3));

    cv::Mat labels, stats, centroids;
    const int count =
        cv::connectedComponentsWithStats(candidates, labels, stats, centroids, 8, CV_32S);
    for (int i = 1; i < count; ++i) {
        const double area = stats.at<int>(i, cv::CC_STAT_AREA);
        if (area < minArea || area > maxArea)
            continue;
        const cv::Rect box(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                           stats.at<int>(i, cv::CC_STAT_WIDTH),
                           stats.at<int>(i, cv::CC_STAT_HEIGHT));
        const double stretch = elongation(labels, i, box);
        if (stretch > maxElongation)
            continue;
        QString code = singleCode;
        if (kind == SpotKind::Hidradenitis) {
            const double length = std::max(box.width, box.height);
            if (stretch > 3.5 && length >= 0.05 * std::max(m_work.cols, m_work.rows))
                code = QStringLiteral("drainingTunnel");
            else if (area > 0.004 * imageArea)
                code = QStringLiteral("abscess");
            else
                code = QStringLiteral("nodule");
        }
        const cv::Mat component = labels(box) == i;
        const double strength = cv::mean(signal(box), component)[0];
        Finding finding;
        finding.code = code;
        finding.confidence = confidenceFromMargin(strength - threshold, 2.0 * threshold);
        finding.box = toSourceRect(box);
        findings.append(finding);
        if (mask)
            (*mask)(box).setTo(255, component);
    }
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.confidence != b.confidence)
            return a.confidence > b.confidence;
        if (a.box.y != b.box.y)
            return a.box.y < b.box.y;
        return a.box.x < b.box.x;
    });
    if (findings.size() > maxFindings)
        findings.resize(maxFindings);
    return findings;
}

QJsonObject jpegAttachment(const cv::Mat &image, const QString &title)
{
    cv::Mat rgbReady;
    if (image.channels() == 1)
        cv::cvtColor(image, rgbReady, cv::COLOR_GRAY2BGR);
    else
        rgbReady = image;
    std::vector<uchar> bytes;
    cv::imencode(".jpg", rgbReady, bytes, {cv::IMWRITE_JPEG_QUALITY, 90});
    const QByteArray data(reinterpret_cast<const char *>(bytes.data()),
                          static_cast<qsizetype>(bytes.size()));
    return {{QStringLiteral("title"), title},
            {QStringLiteral("contentType"), QStringLiteral("image/jpeg")},
            {QStringLiteral("data"), QString::fromLatin1(data.toBase64())},
            {QStringLiteral("height"), rgbReady.rows},
            {QStringLiteral("width"), rgbReady.cols},
            {QStringLiteral("colorModel"), QStringLiteral("RGB")}};
}

cv::Mat overlay(const cv::Mat &source, const cv::Mat &mask, const cv::Scalar &colour)
{
    cv::Mat result = source.clone();
    if (mask.empty())
        return result;
    cv::Mat binary = mask >= 128;
    cv::Mat tint(source.size(), source.type(), colour);
    cv::Mat blended;
    cv::addWeighted(source, 0.55, tint, 0.45, 0.0, blended);
    blended.copyTo(result, binary);
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(binary, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    const int thickness = std::max(1, std::max(source.cols, source.rows) / 400);
    cv::drawContours(result, contours, -1, colour, thickness, cv::LINE_8);
    return result;
}

cv::Mat annotate(const cv::Mat &source, const QVector<Finding> &findings)
{
    cv::Mat result = source.clone();
    const int thickness = std::max(1, std::max(source.cols, source.rows) / 500);
    for (const Finding &finding : findings) {
        cv::Scalar colour(0, 255, 255); // yellow: acne, wheal, pustule, inflammatory lesion
        if (finding.code == QLatin1String("nodule"))
            colour = cv::Scalar(0, 165, 255);
        else if (finding.code == QLatin1String("abscess"))
            colour = cv::Scalar(0, 0, 255);
        else if (finding.code == QLatin1String("drainingTunnel"))
            colour = cv::Scalar(255, 0, 255);
        cv::rectangle(result, finding.box, colour, thickness, cv::LINE_8);
    }
    return result;
}

} // namespace dv::sandbox::severity
