#include "QuestionnaireForm.h"

#include "FieldErrorStyle.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace dv::ui {

namespace {

// Bounds for an item whose schema gives none: the server did not limit it, so neither do we
// (it will say so with a 422 if it disagrees).
constexpr double kOpenLow = -1e6;
constexpr double kOpenHigh = 1e6;
// Fractional items: the step and the gap below the minimum that means "not answered".
constexpr int kDecimals = 2;
constexpr double kFractionStep = 0.01;

bool isInteger(const model::QuestionnaireItem &item)
{
    // "integer" in the schema; anything else ("number", absent) accepts fractions.
    return item.type.compare(QLatin1String("integer"), Qt::CaseInsensitive) == 0;
}

QString formatBound(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

QuestionnaireForm::QuestionnaireForm(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

void QuestionnaireForm::setQuestionnaire(const model::Questionnaire &questionnaire,
                                         const QString &locale)
{
    m_questionnaire = questionnaire;
    m_rows.clear();
    delete m_body;
    m_body = new QWidget(this);
    layout()->addWidget(m_body);
    // A grid rather than a form layout: the item texts (whole questions for DLQI) take the
    // width they need, the editors and ranges line up in their own columns.
    m_layout = new QGridLayout(m_body);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setColumnStretch(0, 1);

    for (const model::QuestionnaireItem &item : questionnaire.items) {
        Row row;
        row.item = item;
        const double low = item.min.value_or(kOpenLow);
        const double high = item.max.value_or(kOpenHigh);
        if (isInteger(item)) {
            auto *spin = new QSpinBox(m_body);
            // One step below the minimum is "not answered" (shown as text, never sent).
            spin->setRange(static_cast<int>(std::ceil(low)) - 1,
                           static_cast<int>(std::floor(high)));
            spin->setValue(spin->minimum());
            connect(spin, &QSpinBox::valueChanged, this, [this, code = item.code] {
                clearFieldError(code);
                emit answersChanged();
            });
            row.editor = spin;
        } else {
            auto *spin = new QDoubleSpinBox(m_body);
            spin->setDecimals(kDecimals);
            spin->setSingleStep(high - low <= 10 ? 0.1 : 1.0);
            spin->setRange(low - kFractionStep, high);
            spin->setValue(spin->minimum());
            connect(spin, &QDoubleSpinBox::valueChanged, this, [this, code = item.code] {
                clearFieldError(code);
                emit answersChanged();
            });
            row.editor = spin;
        }
        row.editor->setSpecialValueText(tr("Not answered"));
        row.editor->setObjectName(QStringLiteral("item_") + item.code);
        row.editor->setProperty("itemCode", item.code);
        row.editor->setAccelerated(true);

        QString range;
        if (item.min && item.max)
            //: The accepted range of a questionnaire item, e.g. "0–3".
            range = tr("%1–%2").arg(formatBound(*item.min), formatBound(*item.max));
        else if (item.min)
            range = tr("at least %1").arg(formatBound(*item.min));
        else if (item.max)
            range = tr("at most %1").arg(formatBound(*item.max));
        else
            range = tr("any value");
        if (!isInteger(item))
            range = tr("%1 (decimals allowed)").arg(range);
        row.range = new QLabel(range, m_body);
        row.range->setObjectName(QStringLiteral("range_") + item.code);

        row.error = new QLabel(m_body);
        row.error->setObjectName(QStringLiteral("error_") + item.code);
        row.error->setWordWrap(true);
        FieldErrorStyle::styleMessage(row.error);
        row.error->hide();

        QString text = model::localized(item.text, locale);
        if (text.isEmpty())
            text = item.code;
        auto *label = new QLabel(text, m_body);
        label->setWordWrap(true);
        label->setBuddy(row.editor);
        label->setToolTip(item.code);
        row.editor->setAccessibleName(text);
        row.editor->setAccessibleDescription(range);

        const int line = m_layout->rowCount();
        m_layout->addWidget(label, line, 0, Qt::AlignVCenter);
        m_layout->addWidget(row.editor, line, 1);
        m_layout->addWidget(row.range, line, 2);
        m_layout->addWidget(row.error, line + 1, 0, 1, 3);
        m_rows.append(row);
    }
    if (questionnaire.items.isEmpty()) {
        auto *none = new QLabel(tr("This scoring system asks no questions."), m_body);
        none->setObjectName(QStringLiteral("noItems"));
        m_layout->addWidget(none, 0, 0);
    }
}

const QuestionnaireForm::Row *QuestionnaireForm::row(const QString &item) const
{
    for (const Row &row : m_rows) {
        if (row.item.code == item)
            return &row;
    }
    return nullptr;
}

QVector<api::SeverityAnswer> QuestionnaireForm::answers() const
{
    QVector<api::SeverityAnswer> answers;
    for (const Row &row : m_rows) {
        if (auto *spin = qobject_cast<QSpinBox *>(row.editor)) {
            if (spin->value() != spin->minimum())
                answers.append({row.item.code, double(spin->value())});
        } else if (auto *fractional = qobject_cast<QDoubleSpinBox *>(row.editor)) {
            if (fractional->value() != fractional->minimum())
                answers.append({row.item.code, fractional->value()});
        }
    }
    return answers;
}

QStringList QuestionnaireForm::unanswered() const
{
    QStringList codes;
    for (const Row &row : m_rows)
        codes << row.item.code;
    for (const api::SeverityAnswer &answer : answers())
        codes.removeOne(answer.item);
    return codes;
}

bool QuestionnaireForm::setAnswer(const QString &item, double value)
{
    const Row *found = row(item);
    if (!found)
        return false;
    if (auto *spin = qobject_cast<QSpinBox *>(found->editor))
        spin->setValue(
            std::clamp(static_cast<int>(std::lround(value)), spin->minimum() + 1, spin->maximum()));
    else if (auto *fractional = qobject_cast<QDoubleSpinBox *>(found->editor))
        fractional->setValue(
            std::clamp(value, found->item.min.value_or(kOpenLow), fractional->maximum()));
    return true;
}

void QuestionnaireForm::clearAnswer(const QString &item)
{
    if (const Row *found = row(item)) {
        if (auto *spin = qobject_cast<QSpinBox *>(found->editor))
            spin->setValue(spin->minimum());
        else if (auto *fractional = qobject_cast<QDoubleSpinBox *>(found->editor))
            fractional->setValue(fractional->minimum());
    }
}

bool QuestionnaireForm::setFieldError(const QString &item, const QString &message)
{
    const Row *found = row(item);
    if (!found)
        return false;
    FieldErrorStyle::mark(found->editor, true);
    found->error->setText(message);
    found->error->show();
    return true;
}

void QuestionnaireForm::clearFieldErrors()
{
    for (const Row &row : std::as_const(m_rows)) {
        FieldErrorStyle::mark(row.editor, false);
        row.error->clear();
        row.error->hide();
    }
}

void QuestionnaireForm::clearFieldError(const QString &item)
{
    if (const Row *found = row(item)) {
        FieldErrorStyle::mark(found->editor, false);
        found->error->clear();
        found->error->hide();
    }
}

QString QuestionnaireForm::fieldError(const QString &item) const
{
    const Row *found = row(item);
    return found && !found->error->isHidden() ? found->error->text() : QString();
}

QAbstractSpinBox *QuestionnaireForm::editor(const QString &item) const
{
    const Row *found = row(item);
    return found ? found->editor : nullptr;
}

QString QuestionnaireForm::rangeText(const QString &item) const
{
    const Row *found = row(item);
    return found ? found->range->text() : QString();
}

} // namespace dv::ui
