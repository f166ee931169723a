#pragma once

#include "api/SeverityRequest.h"
#include "model/ApiResources.h"

#include <QHash>
#include <QWidget>

class QAbstractSpinBox;
class QGridLayout;
class QLabel;

namespace dv::ui {

/// A form generated from a `/questionnaires` entry's item schema: one row per item with its
/// localised text, its code, an editor bounded by the item's range (whole numbers for
/// "integer" items) and the range written out. Nothing is hard-coded per instrument. Every
/// item starts unanswered, so that an answer is always the clinician's, never a default; an
/// unanswered item is left out of the request (the service answers 422 "Field required",
/// shown on the item).
class QuestionnaireForm : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionnaireForm(QWidget *parent = nullptr);

    /// Rebuilds the form for `questionnaire`; texts in `locale` (model::localized).
    void setQuestionnaire(const model::Questionnaire &questionnaire, const QString &locale);
    const model::Questionnaire &questionnaire() const { return m_questionnaire; }

    /// The answered items, in the schema's order.
    QVector<api::SeverityAnswer> answers() const;
    /// Codes of the items still unanswered.
    QStringList unanswered() const;
    /// Sets an item's answer (clamped to its range); false for an unknown item.
    bool setAnswer(const QString &item, double value);
    void clearAnswer(const QString &item);

    /// Marks an item as rejected: red frame and `message` under it. False for an unknown item.
    bool setFieldError(const QString &item, const QString &message);
    void clearFieldErrors();
    /// Editing an item clears its error: the clinician has acted on it.
    void clearFieldError(const QString &item);
    /// The message shown on an item (empty when none).
    QString fieldError(const QString &item) const;
    /// The editor of an item (a QSpinBox or QDoubleSpinBox), or null.
    QAbstractSpinBox *editor(const QString &item) const;
    /// The text shown for an item's range ("0–3").
    QString rangeText(const QString &item) const;

signals:
    void answersChanged();

private:
    struct Row
    {
        model::QuestionnaireItem item;
        QAbstractSpinBox *editor = nullptr;
        QLabel *range = nullptr;
        QLabel *error = nullptr;
    };
    const Row *row(const QString &item) const;

    model::Questionnaire m_questionnaire;
    QGridLayout *m_layout = nullptr;
    QWidget *m_body = nullptr;
    QVector<Row> m_rows;
};

} // namespace dv::ui
