#pragma once

class QLabel;
class QWidget;

namespace dv::ui {

/// How a field the service rejected (422) looks: a red frame on the input and the service's
/// message in red under it. One place, so every form of the severity dialog marks alike.
class FieldErrorStyle
{
public:
    static void mark(QWidget *input, bool rejected);
    static bool isMarked(const QWidget *input);
    /// Styles the label that carries the message.
    static void styleMessage(QLabel *label);
};

} // namespace dv::ui
