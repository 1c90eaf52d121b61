#include "Command.h"

#include <QIODevice>

void Command::printOut(const QString &text)
{
    if (m_context.out)
        m_context.out->write(text.toUtf8());
}

void Command::printErr(const QString &text)
{
    if (m_context.err)
        m_context.err->write(text.toUtf8());
}

void Command::printApiError(const QString &message, const ApiError &error)
{
    QString text = tr("error: %1\n").arg(message);
    QStringList details;
    if (!error.code.isEmpty())
        details << tr("code %1").arg(error.code);
    if (error.httpStatus)
        details << tr("HTTP status %1").arg(error.httpStatus);
    if (!error.transactionId.isEmpty())
        details << tr("transaction ID %1").arg(error.transactionId);
    if (!details.isEmpty())
        text += QStringLiteral("  ") + details.join(QStringLiteral(", ")) + u'\n';
    if (!error.serverMessage.isEmpty())
        text += tr("  the service said: %1\n").arg(error.serverMessage);
    if (!error.advice.isEmpty())
        text += tr("  what to do: %1\n").arg(error.advice);
    printErr(text);
}

void CommandRegistry::add(const QString &name, const QString &summary, Factory create)
{
    m_entries.append({name, summary, std::move(create)});
}

const CommandRegistry::Entry *CommandRegistry::find(QStringView name) const
{
    for (const Entry &entry : m_entries) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}
