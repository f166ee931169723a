#pragma once

#include "review/Review.h"

#include <QWidget>

class QListView;

namespace dv::ui {

class ConclusionFilterModel;
class ConclusionListModel;

/// Ranked conclusions as horizontal probability bars. Click or arrow keys select a conclusion;
/// Enter re-selects it. In `FitRows` mode the list is as tall as its rows (for a panel that
/// scrolls as a whole); in `Scroll` mode it scrolls itself (the "Show all" dialog).
class DifferentialBars : public QWidget
{
    Q_OBJECT

public:
    enum class Sizing
    {
        FitRows,
        Scroll,
    };

    explicit DifferentialBars(Sizing sizing = Sizing::FitRows, QWidget *parent = nullptr);

    void setConclusions(const QVector<review::RankedConclusion> &conclusions);
    /// Shows only the conclusions whose code, name or text contain every word of `text`
    /// (case and accents ignored).
    void setFilterText(const QString &text);

    /// Rows currently shown (after the filter), in display order.
    int rowCount() const;
    review::RankedConclusion conclusionAt(int row) const;
    /// What row `row` says, as read by a screen reader.
    QString rowText(int row) const;
    QListView *view() const { return m_view; }

signals:
    /// `sourceIndex` is the conclusion's index in the response (to find its heat map).
    void conclusionSelected(qsizetype sourceIndex);

private:
    void emitSelected(const QModelIndex &index);

    ConclusionListModel *m_model;
    ConclusionFilterModel *m_filter;
    QListView *m_view;
};

} // namespace dv::ui
