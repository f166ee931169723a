#pragma once

#include <QLabel>
#include <QRegularExpression>
#include <QStringList>
#include <QWidget>

namespace dv::test {

/// The labels under `root` whose text has a mnemonic ("&Name:") but nothing for it to focus.
/// QLabel draws such an ampersand literally and the Alt key does nothing. Their texts.
inline QStringList labelsWithoutBuddy(const QWidget *root)
{
    static const QRegularExpression mnemonic(QStringLiteral("(^|[^&])&[^& ]"));
    QStringList missing;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->textFormat() == Qt::RichText || !label->text().contains(mnemonic))
            continue;
        const QWidget *buddy = label->buddy();
        if (!buddy || (buddy->focusPolicy() == Qt::NoFocus && !buddy->focusProxy()))
            missing << label->text();
    }
    return missing;
}

} // namespace dv::test
