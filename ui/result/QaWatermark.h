#pragma once

#include <QWidget>

namespace dv::review {
struct Gate;
}

namespace dv::ui {

/// "NOT FOR CLINICAL USE" painted diagonally over a block of withheld content that QA mode
/// revealed. An overlay child that follows its target's size and stays above its siblings, so
/// the mark covers whatever the block shows; mouse events pass through to the content.
class QaWatermark : public QWidget
{
    Q_OBJECT

public:
    /// Covers `target` (which becomes the watermark's parent) and returns the watermark.
    static QaWatermark *cover(QWidget *target);
    /// `content` itself when its gate is valid. When QA mode revealed it: `content` under a red
    /// "NOT FOR CLINICAL USE" banner, the whole block covered by the watermark — revealed
    /// content is never placed on screen any other way.
    static QWidget *markIfRevealed(QWidget *content, const review::Gate &gate);

    QString text() const { return m_text; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    explicit QaWatermark(QWidget *target);

    QString m_text;
};

} // namespace dv::ui
