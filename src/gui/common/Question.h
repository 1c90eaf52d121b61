#pragma once

#include <QString>

#include <functional>

class QWidget;

// Asks a yes/no question window-modally without blocking: the event loop, and whatever runs in
// it, carries on. `onYes` runs only when the answer is yes; No is the default button.
void askQuestion(QWidget *parent, const QString &title, const QString &text, const QString &yesText,
                 std::function<void()> onYes);
