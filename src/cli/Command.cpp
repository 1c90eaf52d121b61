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
