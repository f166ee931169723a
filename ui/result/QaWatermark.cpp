#include "QaWatermark.h"

#include "ToneLabel.h"
#include "review/Review.h"

#include <QEvent>
#include <QPainter>
#include <QVBoxLayout>
#include <cmath>

namespace dv::ui {

QaWatermark *QaWatermark::cover(QWidget *target)
{
    return new QaWatermark(target);
}

QWidget *QaWatermark::markIfRevealed(QWidget *content, const review::Gate &gate)
{
    if (!gate.qaRevealed())
        return content;
    auto *block = new QWidget(content->parentWidget());
    block->setObjectName(QStringLiteral("qaRevealedBlock"));
    auto *layout = new QVBoxLayout(block);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *banner = new ToneLabel(review::Band::Tone::Danger,
                                 tr("%1 — withheld content revealed for QA. The service did not "
                                    "allow clinical use of what follows.")
                                     .arg(review::Reviewer::qaWatermark()),
                                 block);
    banner->setObjectName(QStringLiteral("qaBanner"));
    banner->setWordWrap(true);
    QFont bold = banner->font();
    bold.setBold(true);
    banner->setFont(bold);
    layout->addWidget(banner);
    layout->addWidget(content);
    cover(block);
    return block;
}

QaWatermark::QaWatermark(QWidget *target) : QWidget(target), m_text(review::Reviewer::qaWatermark())
{
    setObjectName(QStringLiteral("qaWatermark"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(m_text);
    setGeometry(target->rect());
    target->installEventFilter(this);
    raise();
    show();
}

bool QaWatermark::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent()) {
        if (event->type() == QEvent::Resize)
            setGeometry(parentWidget()->rect());
        else if (event->type() == QEvent::ChildAdded || event->type() == QEvent::LayoutRequest)
            raise(); // content added later must not cover the mark
    }
    return QWidget::eventFilter(watched, event);
}

void QaWatermark::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = this->font();
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 1.6);
    painter.setFont(font);
    // Translucent red: readable as a mark, while the content underneath stays legible.
    painter.setPen(QColor(0xc6, 0x28, 0x28, 80));

    // Rows of the text along the diagonal, tiled so a block of any size is marked throughout.
    const QFontMetrics metrics(font, this);
    const int step = metrics.horizontalAdvance(m_text) + metrics.height() * 2;
    const int lineSpacing = metrics.height() * 5;
    const double diagonal = std::hypot(width(), height());
    painter.translate(width() / 2.0, height() / 2.0);
    painter.rotate(-30.0);
    const int half = static_cast<int>(diagonal / 2.0) + step;
    for (int y = -half; y <= half; y += lineSpacing) {
        const int offset = (y / lineSpacing) % 2 == 0 ? 0 : step / 2;
        for (int x = -half - offset; x <= half; x += step)
            painter.drawText(x, y, m_text);
    }
}

} // namespace dv::ui
