#pragma once

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QToolButton;

// The one place where the window tells people what went wrong (or what to watch out for): a
// banner over the results with the plain message, what to do next, and a details part with the
// codes support will ask for, which can be copied.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Level
    {
        Information,
        Warning,
        Error
    };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &message, const QString &advice = {},
                     const QString &details = {});
    void dismiss();

    Level level() const { return m_level; }
    QString message() const;
    QString advice() const;
    QString details() const;

Q_SIGNALS:
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    Level m_level = Level::Information;
    QLabel *m_icon;
    QLabel *m_message;
    QLabel *m_advice;
    QToolButton *m_detailsButton;
    QToolButton *m_copyButton;
    QToolButton *m_closeButton;
    QPlainTextEdit *m_details;
};
