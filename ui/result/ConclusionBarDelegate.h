#pragma once

#include <QStyledItemDelegate>

namespace dv::ui {

/// Paints one ranked conclusion: rank, ICD-11 code, name and probability on the first line,
/// the short text on the second, and a bar whose length is the probability's share of the
/// row's width (probability / 100: never renormalised to the top entry).
class ConclusionBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Width of the filled part of a bar `trackWidth` wide: probability / 100 of it.
    static int fillWidth(double probability, int trackWidth);
};

} // namespace dv::ui
