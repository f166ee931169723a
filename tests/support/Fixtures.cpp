#include "Fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <stdexcept>

namespace dv::test {

QByteArray fixtureBytes(const QString &relativePath)
{
    QFile file(QStringLiteral(DV_FIXTURES) + QLatin1Char('/') + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("missing fixture " + relativePath.toStdString());
    return file.readAll();
}

QJsonValue fixtureJson(const QString &relativePath)
{
    const QJsonDocument document = QJsonDocument::fromJson(fixtureBytes(relativePath));
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QByteArray toBytes(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

namespace {

struct Step
{
    QString key;
    qsizetype index = -1;
};

QVector<Step> split(const QString &path)
{
    QVector<Step> steps;
    static const QRegularExpression token(QStringLiteral(R"(([^.\[\]]+)|\[(\d+)\])"));
    auto it = token.globalMatch(path);
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.hasCaptured(2))
            steps.append({QString(), match.captured(2).toLongLong()});
        else
            steps.append({match.captured(1), -1});
    }
    return steps;
}

QJsonValue setRecursive(const QJsonValue &current, const QVector<Step> &steps, qsizetype at,
                        const QJsonValue &value)
{
    const Step &step = steps.at(at);
    const bool last = at == steps.size() - 1;
    if (step.index >= 0) {
        QJsonArray array = current.toArray();
        if (last)
            array[step.index] = value;
        else
            array[step.index] = setRecursive(array.at(step.index), steps, at + 1, value);
        return array;
    }
    QJsonObject object = current.toObject();
    if (last && value.isUndefined())
        object.remove(step.key);
    else if (last)
        object.insert(step.key, value);
    else
        object.insert(step.key, setRecursive(object.value(step.key), steps, at + 1, value));
    return object;
}

} // namespace

void setAt(QJsonValue &document, const QString &path, const QJsonValue &value)
{
    document = setRecursive(document, split(path), 0, value);
}

QJsonValue valueAt(const QJsonValue &document, const QString &path)
{
    QJsonValue current = document;
    for (const Step &step : split(path))
        current =
            step.index >= 0 ? current.toArray().at(step.index) : current.toObject().value(step.key);
    return current;
}

QJsonValue diagnosisWithImages(const QVector<bool> &valid)
{
    QJsonValue document = fixtureJson(QStringLiteral("seed/diagnosis-support.json"));
    const QJsonValue image = valueAt(document, QStringLiteral("imagingAnalysis[0]"));
    QJsonArray images;
    for (const bool isValid : valid) {
        QJsonValue copy = image;
        setAt(copy, QStringLiteral("mediaValidity.isValid"), isValid);
        if (!isValid) {
            setAt(copy, QStringLiteral("mediaValidity.quality.acceptable"), false);
            setAt(copy, QStringLiteral("mediaValidity.quality.score"), 12);
            setAt(copy, QStringLiteral("mediaValidity.quality.interpretation"),
                  QStringLiteral("Bad"));
        }
        images.append(copy);
    }
    setAt(document, QStringLiteral("imagingAnalysis"), images);
    return document;
}

} // namespace dv::test
