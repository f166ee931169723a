#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

// Test fixtures and the JSON editing the data-driven tests use to build variants.
namespace dv::test {

/// Bytes of `tests/fixtures/<relativePath>`; fails the calling test (QFAIL-style) if missing.
QByteArray fixtureBytes(const QString &relativePath);
QJsonValue fixtureJson(const QString &relativePath);
QByteArray toBytes(const QJsonValue &value);

/// Sets the value at a dotted path with indices (`imagingAnalysis[0].mediaValidity.isValid`).
/// An undefined `value` removes the key. Intermediate objects/arrays must exist.
void setAt(QJsonValue &document, const QString &path, const QJsonValue &value);
QJsonValue valueAt(const QJsonValue &document, const QString &path);

/// A diagnosis-support response with `count` images, each built from the seed image entry,
/// with `isValid` set per image from `valid`.
QJsonValue diagnosisWithImages(const QVector<bool> &valid);

} // namespace dv::test
