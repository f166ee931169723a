#include "ConclusionBarDelegate.h"

#include "ConclusionListModel.h"
#include "ResultStyle.h"

#include <QApplication>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace dv::ui {

namespace {

/// Row geometry derived from the font, so rows scale with the user's font and DPI.
struct RowLayout
{
    int margin;
    int lineHeight;
    int barHeight;
    int lines;

    RowLayout(const QFontMetrics &metrics, const QModelIndex &index)
        : margin(metrics.height() / 4), lineHeight(metrics.height()),
          barHeight(qMax(4, metrics.height() / 2)),
          // The short text gets a line of its own only when there is one.
          lines(index.data(ConclusionListModel::ShortTextRole).toString().isEmpty() ? 1 : 2)
    {}
    int height() const { return 2 * margin + lines * lineHeight + margin + barHeight; }
};

} // namespace

int ConclusionBarDelegate::fillWidth(double probability, int trackWidth)
{
    const double share = std::clamp(probability, 0.0, 100.0) / 100.0;
    return static_cast<int>(std::lround(share * trackWidth));
}

QSize ConclusionBarDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const RowLayout row(option.fontMetrics, index);
    // The width is a minimum only: QListView stretches rows to the viewport and the text is
    // elided to fit.
    return {option.fontMetrics.averageCharWidth() * 24, row.height()};
}

void ConclusionBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background and focus frame come from the style; the text is ours
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor mutedColor = textColor;
    mutedColor.setAlphaF(0.75);

    const RowLayout row(option.fontMetrics, index);
    const QRect content = option.rect.adjusted(row.margin, row.margin, -row.margin, -row.margin);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold, painter->device());

    painter->save();
    // Line 1: "1." code name … probability
    QRect line(content.left(), content.top(), content.width(), row.lineHeight);
    const QString rank =
        QStringLiteral("%1.").arg(index.data(ConclusionListModel::RankRole).toInt());
    // Two-digit ranks align; a longer one (the API returns fewer than 100) takes what it needs.
    const int rankWidth = qMax(option.fontMetrics.horizontalAdvance(QStringLiteral("00.")),
                               option.fontMetrics.horizontalAdvance(rank)) +
                          row.margin;
    const QString probability = index.data(ConclusionListModel::ProbabilityTextRole).toString();
    const int probabilityWidth = boldMetrics.horizontalAdvance(probability);
    const QString code = boldMetrics.elidedText(
        index.data(ConclusionListModel::CodeRole).toString(), Qt::ElideRight, content.width() / 3);
    const int codeWidth = boldMetrics.horizontalAdvance(code) + row.margin * 2;

    painter->setPen(textColor);
    painter->setFont(option.font);
    painter->drawText(QRect(line.left(), line.top(), rankWidth, line.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, rank);
    painter->setFont(bold);
    painter->drawText(QRect(line.left() + rankWidth, line.top(), codeWidth, line.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, code);
    painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, probability);
    const int nameLeft = line.left() + rankWidth + codeWidth;
    const int nameWidth = qMax(0, line.right() - probabilityWidth - row.margin * 2 - nameLeft);
    painter->setFont(option.font);
    painter->drawText(
        QRect(nameLeft, line.top(), nameWidth, line.height()), Qt::AlignLeft | Qt::AlignVCenter,
        option.fontMetrics.elidedText(index.data(ConclusionListModel::NameRole).toString(),
                                      Qt::ElideRight, nameWidth));

    // Line 2, if any: the short text, under the name.
    int textBottom = line.bottom();
    if (row.lines == 2) {
        const QRect second(nameLeft, line.bottom() + 1, content.right() - nameLeft, row.lineHeight);
        painter->setPen(mutedColor);
        painter->drawText(
            second, Qt::AlignLeft | Qt::AlignVCenter,
            option.fontMetrics.elidedText(index.data(ConclusionListModel::ShortTextRole).toString(),
                                          Qt::ElideRight, second.width()));
        textBottom = second.bottom();
    }

    // Then the bar, as wide as the row's text; the fill is probability / 100 of it.
    const QRect track(line.left() + rankWidth, textBottom + 1 + row.margin,
                      content.right() - line.left() - rankWidth + 1, row.barHeight);
    const QColor fill = selected ? textColor : ResultStyle::probabilityColor();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(mutedColor, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(track.adjusted(0, 0, -1, -1));
    const int filled =
        fillWidth(index.data(ConclusionListModel::ProbabilityRole).toDouble(), track.width());
    painter->fillRect(QRect(track.left(), track.top(), filled, track.height()), fill);
    painter->restore();
}

} // namespace dv::ui
