#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// The country table of the API document, loaded from the resource that reproduces it row by row.
class Countries final
{
public:
    struct Entry
    {
        QString code;
        QString name;
    };

    // Every row, in the order of the document.
    static const QList<Entry> &all();
    // The name for a code, or the code itself when the table does not know it.
    static QString nameFor(QStringView code);
    static bool contains(QStringView code);
};
