#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

// Writes JSON text with members in the order they are added (QJsonObject would sort them), so the
// sandbox answers with the field order of the real service.
namespace SandboxJson {

// A JSON string literal, quotes included.
QByteArray quoted(QStringView text);

class ObjectWriter final
{
public:
    ObjectWriter()
        : m_text("{")
    {}
    void add(const char *name, QStringView value);
    void add(QStringView name, QStringView value);
    // `json` must already be valid JSON text (an object, array or number).
    void addRaw(const char *name, const QByteArray &json);
    void addRaw(QStringView name, const QByteArray &json);
    void reserve(qsizetype size) { m_text.reserve(size); }
    QByteArray finish();

private:
    void name(QStringView name);

    QByteArray m_text;
    bool m_empty = true;
};

} // namespace SandboxJson
