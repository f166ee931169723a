#pragma once

#include "review/Bands.h"

#include <QLabel>

namespace dv::ui {

/// A label on a band-coloured background: band chips ("Very low"), the QA banner, the retake
/// prompt. The text always names what the colour means, so colour is never the only carrier.
class ToneLabel : public QLabel
{
    Q_OBJECT

public:
    ToneLabel(review::Band::Tone tone, const QString &text, QWidget *parent = nullptr);
    /// A chip showing `band.label`; `bandKey()` keeps the machine key for tests and styling.
    explicit ToneLabel(const review::Band &band, QWidget *parent = nullptr);

    review::Band::Tone tone() const { return m_tone; }
    QString bandKey() const { return m_bandKey; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyTone();

    review::Band::Tone m_tone;
    QString m_bandKey;
};

} // namespace dv::ui
