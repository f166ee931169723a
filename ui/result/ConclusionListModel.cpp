#include "ConclusionListModel.h"

#include "ResultStyle.h"

#include <QRegularExpression>

namespace dv::ui {

ConclusionListModel::ConclusionListModel(QObject *parent) : QAbstractListModel(parent) {}

void ConclusionListModel::setConclusions(const QVector<review::RankedConclusion> &conclusions)
{
    beginResetModel();
    m_conclusions = conclusions;
    endResetModel();
}

int ConclusionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_conclusions.size());
}

namespace {

QString nameOf(const review::RankedConclusion &c)
{
    if (!c.display.isEmpty())
        return c.display;
    if (!c.text.isEmpty())
        return c.text;
    return ConclusionListModel::tr("(unnamed condition)");
}

QString shortTextOf(const review::RankedConclusion &c)
{
    return c.display.isEmpty() || c.text == c.display ? QString() : c.text;
}

QString codeOf(const review::RankedConclusion &c)
{
    return c.code.isEmpty() ? ConclusionListModel::tr("no code") : c.code;
}

} // namespace

QVariant ConclusionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_conclusions.size())
        return {};
    const review::RankedConclusion &c = m_conclusions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        // The name alone, so typing its first letters in the list finds it.
        return nameOf(c);
    case Qt::AccessibleTextRole:
        return tr("%1. %2, %3, ICD-11 %4")
            .arg(QString::number(c.rank), nameOf(c), ResultStyle::percent(c.probability),
                 codeOf(c));
    case Qt::AccessibleDescriptionRole: {
        QStringList parts;
        if (!shortTextOf(c).isEmpty())
            parts << shortTextOf(c);
        if (c.hasHeatMap)
            parts << tr("Select to show its heat map.");
        return parts.join(QLatin1Char(' '));
    }
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b> %2<br>%3")
                          .arg(codeOf(c).toHtmlEscaped(), nameOf(c).toHtmlEscaped(),
                               tr("Probability: %1").arg(ResultStyle::percent(c.probability)));
        if (!shortTextOf(c).isEmpty())
            tip += QStringLiteral("<br>") + shortTextOf(c).toHtmlEscaped();
        if (c.hasHeatMap)
            tip += QStringLiteral("<br><i>%1</i>").arg(tr("Heat map available"));
        return tip;
    }
    case ProbabilityRole:
        return c.probability;
    case ProbabilityTextRole:
        return ResultStyle::percent(c.probability);
    case RankRole:
        return c.rank;
    case CodeRole:
        return codeOf(c);
    case ShortTextRole:
        return shortTextOf(c);
    case SourceIndexRole:
        return QVariant::fromValue(c.sourceIndex);
    case HasHeatMapRole:
        return c.hasHeatMap;
    case SearchKeyRole:
        return fold(QStringList{c.code, c.display, c.text}.join(QLatin1Char(' ')));
    default:
        return {};
    }
}

QString ConclusionListModel::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.category() != QChar::Mark_NonSpacing)
            folded.append(ch);
    }
    return folded.toCaseFolded();
}

void ConclusionFilterModel::setFilterWords(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    m_words = ConclusionListModel::fold(text).split(spaces, Qt::SkipEmptyParts);
    invalidateFilter();
}

bool ConclusionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QString key = sourceModel()
                            ->index(sourceRow, 0, sourceParent)
                            .data(ConclusionListModel::SearchKeyRole)
                            .toString();
    for (const QString &word : m_words) {
        if (!key.contains(word))
            return false;
    }
    return true;
}

} // namespace dv::ui
