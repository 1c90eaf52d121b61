#pragma once

#include <QByteArrayView>
#include <QDateTime>

// What paging needs to know about a page before it is parsed: how many records it holds and the
// last one's lastModifiedDate. A single pass over the bytes that builds nothing, so the next
// request can go out while the page is still being parsed.
struct PageScan
{
    bool ok = false;     // false: not a JSON object, or malformed
    int count = 0;       // elements of "results"
    QDateTime last;      // lastModifiedDate of the last record; invalid when absent
    bool ordered = true; // every record has a lastModifiedDate, none earlier than the one before

    static PageScan scan(QByteArrayView body);
};
