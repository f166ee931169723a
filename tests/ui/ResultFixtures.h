#pragma once

#include "model/DiagnosisReport.h"
#include "review/Review.h"

#include <QStringList>

class QWidget;

// Real diagnosis responses for the result-panel tests, and what a person can read on a panel.
namespace dv::test {

model::DiagnosisReport parseDiagnosis(const QByteArray &json);
/// `seed/diagnosis-support.json`: the API page's example.
model::DiagnosisReport seedDiagnosis();
/// The sandbox's answer for these photos of `../shared/images`, from a sandbox started
/// in-process and asked over loopback HTTP by the API client, as the app does.
model::DiagnosisReport sandboxDiagnosis(const QStringList &photos);

review::Review reviewOf(const model::DiagnosisReport &report, bool qaMode = false);

/// Every text a person can read in `root`: labels, buttons and the rows of conclusion lists.
QStringList visibleTexts(const QWidget *root);
/// "94.9 %" in the C locale the tests run in.
QString percentText(double value);

} // namespace dv::test
