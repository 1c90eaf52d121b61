#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

#include <functional>

// A small pull reader for JSON text that, unlike QJsonDocument, lets the caller see object members
// in the order they were written and take large strings (base64 images) as bytes without ever
// turning them into UTF-16. Errors are sticky: after the first one every call fails.
class JsonReader final
{
public:
    explicit JsonReader(QByteArrayView text);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }

    // The type of the next value: one of '{', '[', '"', 'n', 't', 'f', '0' (number), or 0 at the
    // end of input or after an error.
    char peekType();
    // Reads an object, calling onMember(name) for every member; the callback must consume the
    // member's value with one of the read or skip calls. Returns false on error.
    bool readObject(const std::function<bool(const QString &name)> &onMember);
    // Reads an array, calling onElement() for each element, which must consume it.
    bool readArray(const std::function<bool()> &onElement);
    bool readString(QString *out);
    // A string's content as UTF-8 bytes, escapes resolved.
    bool readStringBytes(QByteArray *out);
    // A string without escapes, as a view into the text (nothing is copied). Returns false, and
    // leaves the reader where it was, when the next value is not such a string.
    bool readPlainString(QByteArrayView *out);
    // Any value, as QJsonValue (nested objects lose their member order).
    QJsonValue readValue();
    bool skipValue();
    // True when only white space remains.
    bool atEnd();

private:
    bool fail(const QString &message);
    void skipWhitespace();
    bool expectLiteral(const char *literal);
    QJsonValue readValueAt(int depth);
    bool readNumber(double *out);

    const char *m_begin;
    const char *m_pos;
    const char *m_end;
    int m_depth = 0;
    QString m_error;
    qsizetype m_errorOffset = -1;
};
