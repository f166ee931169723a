#pragma once

#include "review/Review.h"

#include <QAbstractListModel>
#include <QSortFilterProxyModel>

namespace dv::ui {

/// Ranked conclusions as an item model, so that the bars get keyboard navigation, selection
/// and accessibility from QListView. Rows keep the review's order (sorted by probability).
class ConclusionListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        ProbabilityRole = Qt::UserRole + 1, ///< double, 0–100 as sent
        ProbabilityTextRole,                ///< "94.9 %"
        RankRole,
        CodeRole,
        NameRole,        ///< ICD-11 display name, else the short text
        ShortTextRole,   ///< the short text when it differs from the name, else empty
        SourceIndexRole, ///< qsizetype: index in the response's array (its heat map)
        HasHeatMapRole,
        SearchKeyRole, ///< code, name and text folded for filtering
    };

    explicit ConclusionListModel(QObject *parent = nullptr);

    void setConclusions(const QVector<review::RankedConclusion> &conclusions);
    const review::RankedConclusion &conclusion(int row) const { return m_conclusions.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// Lower case, accents removed ("Eczéma" → "eczema"), for case- and accent-insensitive
    /// search.
    static QString fold(const QString &text);

private:
    QVector<review::RankedConclusion> m_conclusions;
};

/// Keeps the rows whose code, name or text contain every word of the filter.
class ConclusionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilterWords(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace dv::ui
