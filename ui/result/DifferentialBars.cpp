#include "DifferentialBars.h"

#include "ConclusionBarDelegate.h"
#include "ConclusionListModel.h"

#include <QEvent>
#include <QListView>
#include <QVBoxLayout>

namespace dv::ui {

namespace {

/// A list that asks for exactly the height of its rows, so that a panel's own scroll area does
/// the scrolling and no conclusion hides behind a nested scroll bar.
class FittedListView : public QListView
{
public:
    using QListView::QListView;

    QSize sizeHint() const override
    {
        int height = 2 * frameWidth();
        const int rows = model() ? model()->rowCount() : 0;
        for (int row = 0; row < rows; ++row)
            height += sizeHintForRow(row);
        return {QListView::sizeHint().width(), height};
    }
    QSize minimumSizeHint() const override
    {
        return {QListView::minimumSizeHint().width(), sizeHint().height()};
    }

protected:
    void changeEvent(QEvent *event) override
    {
        QListView::changeEvent(event);
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
            updateGeometry();
    }
};

} // namespace

DifferentialBars::DifferentialBars(Sizing sizing, QWidget *parent)
    : QWidget(parent), m_model(new ConclusionListModel(this)),
      m_filter(new ConclusionFilterModel(this)),
      m_view(sizing == Sizing::FitRows ? new FittedListView(this) : new QListView(this))
{
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new ConclusionBarDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    if (sizing == Sizing::FitRows) {
        m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_view->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setFocusProxy(m_view);

    // Selection, not the current index: Qt makes the first row current when the list merely
    // receives focus, which must not switch the heat map.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this](const QItemSelection &selected) {
                if (!selected.indexes().isEmpty())
                    emitSelected(selected.indexes().constFirst());
            });
    connect(m_view, &QAbstractItemView::activated, this, &DifferentialBars::emitSelected);
}

void DifferentialBars::setConclusions(const QVector<review::RankedConclusion> &conclusions)
{
    m_model->setConclusions(conclusions);
    m_view->updateGeometry();
}

void DifferentialBars::setFilterText(const QString &text)
{
    m_filter->setFilterWords(text);
    m_view->updateGeometry();
}

int DifferentialBars::rowCount() const
{
    return m_filter->rowCount();
}

review::RankedConclusion DifferentialBars::conclusionAt(int row) const
{
    return m_model->conclusion(m_filter->mapToSource(m_filter->index(row, 0)).row());
}

QString DifferentialBars::rowText(int row) const
{
    return m_filter->index(row, 0).data(Qt::AccessibleTextRole).toString();
}

void DifferentialBars::emitSelected(const QModelIndex &index)
{
    if (index.isValid())
        emit conclusionSelected(
            index.data(ConclusionListModel::SourceIndexRole).value<qsizetype>());
}

} // namespace dv::ui
