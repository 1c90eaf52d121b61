#include "MessageBanner.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_copyButton(new QToolButton(this))
    , m_closeButton(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Message"));

    m_icon->setObjectName(QStringLiteral("bannerIcon"));
    m_message->setObjectName(QStringLiteral("bannerMessage"));
    m_message->setAccessibleDescription(tr("What happened"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = m_message->font();
    bold.setBold(true);
    m_message->setFont(bold);
    m_advice->setObjectName(QStringLiteral("bannerAdvice"));
    m_advice->setAccessibleDescription(tr("What to do next"));
    m_advice->setWordWrap(true);
    m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_detailsButton->setObjectName(QStringLiteral("bannerDetailsButton"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAccessibleName(tr("Show details for support"));
    m_detailsButton->setAccessibleDescription(
        tr("Shows or hides the codes that support will ask for"));
    m_copyButton->setObjectName(QStringLiteral("bannerCopyButton"));
    m_copyButton->setText(tr("Copy details"));
    m_copyButton->setAccessibleName(tr("Copy the message and its details"));
    m_copyButton->setAccessibleDescription(
        tr("Puts the message, the advice and the details on the clipboard"));
    m_closeButton->setObjectName(QStringLiteral("bannerCloseButton"));
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Dismiss"));
    m_closeButton->setAccessibleName(tr("Dismiss the message"));
    m_closeButton->setAccessibleDescription(tr("Hides this message"));
    m_closeButton->setAutoRaise(true);

    m_details->setObjectName(QStringLiteral("bannerDetails"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(110);
    m_details->setVisible(false);
    m_details->setAccessibleName(tr("Details for support"));
    m_details->setAccessibleDescription(
        tr("Error code, HTTP status and transaction ID, as support needs them"));
    m_details->setTabChangesFocus(true);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_message);
    text->addWidget(m_advice);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_detailsButton);
    buttons->addWidget(m_copyButton);
    buttons->addStretch();
    text->addLayout(buttons);
    text->addWidget(m_details);

    // Tab follows the reading order: the buttons under the text, the details, then Dismiss.
    setTabOrder(m_detailsButton, m_copyButton);
    setTabOrder(m_copyButton, m_details);
    setTabOrder(m_details, m_closeButton);

    auto *row = new QHBoxLayout(this);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addLayout(text, 1);
    row->addWidget(m_closeButton, 0, Qt::AlignTop);

    connect(m_detailsButton, &QToolButton::toggled, m_details, &QWidget::setVisible);
    connect(m_copyButton, &QToolButton::clicked, this, [this] {
        QStringList parts{m_message->text()};
        if (!m_advice->text().isEmpty())
            parts.append(m_advice->text());
        if (!m_details->toPlainText().isEmpty())
            parts.append(m_details->toPlainText());
        QApplication::clipboard()->setText(parts.join(u'\n'));
    });
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBanner::dismiss);
    setVisible(false);
}

void MessageBanner::showMessage(Level level, const QString &message, const QString &advice,
                                const QString &details)
{
    m_level = level;
    m_message->setText(message);
    m_advice->setText(advice);
    m_advice->setVisible(!advice.isEmpty());
    m_details->setPlainText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_copyButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    const QStyle::StandardPixmap icon = level == Level::Error ? QStyle::SP_MessageBoxCritical
                                        : level == Level::Warning
                                            ? QStyle::SP_MessageBoxWarning
                                            : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(32, 32));
    // The level is said in words too, not only by the colour and the icon.
    const QString levelName = level == Level::Error     ? tr("Error")
                              : level == Level::Warning ? tr("Warning")
                                                        : tr("Information");
    m_icon->setAccessibleName(levelName);
    m_icon->setToolTip(levelName);
    applyPalette();
    setAccessibleName(level == Level::Error     ? tr("Error message")
                      : level == Level::Warning ? tr("Warning message")
                                                : tr("Information message"));
    setAccessibleDescription(advice.isEmpty() ? message : message + u' ' + advice);
    setVisible(true);
    // Screen readers announce the banner as it appears, wherever the focus is.
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void MessageBanner::dismiss()
{
    if (!isVisible())
        return;
    setVisible(false);
    Q_EMIT dismissed();
}

QString MessageBanner::message() const
{
    return m_message->text();
}

QString MessageBanner::advice() const
{
    return m_advice->text();
}

QString MessageBanner::details() const
{
    return m_details->toPlainText();
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
}

void MessageBanner::applyPalette()
{
    // A tint of the level's colour over the system palette, so dark mode stays readable.
    const QPalette system = QApplication::palette();
    const QColor base = system.color(QPalette::Window);
    const QColor tint = m_level == Level::Error     ? QColor(220, 50, 47)
                        : m_level == Level::Warning ? QColor(230, 160, 0)
                                                    : QColor(38, 139, 210);
    auto mix = [](const QColor &a, const QColor &b, double t) {
        return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                                a.greenF() * (1 - t) + b.greenF() * t,
                                a.blueF() * (1 - t) + b.blueF() * t);
    };
    QPalette p = palette();
    p.setColor(QPalette::Window, mix(base, tint, 0.18));
    p.setColor(QPalette::WindowText, system.color(QPalette::WindowText));
    setPalette(p);
}
