#pragma once

#include "CandidateResult.h"

#include <QByteArray>
#include <QList>

class QIODevice;

// Writes results as one JSON document, {"recordCount": N, "results": [...]}, record by record,
// each record with every field and value the API sent, in its order. The count is written first
// as a fixed-width placeholder and filled in at the end, so memory never holds more than a record.
class JsonResultWriter final
{
public:
    // The device must be seekable (a file) for finish() to fill in the count.
    JsonResultWriter(QIODevice *device, bool includePhotos);

    bool begin();
    bool add(const CandidateResult &result);
    bool add(const QList<CandidateResult> &results);
    bool finish();
    qint64 count() const { return m_count; }
    bool isOk() const { return m_ok; }

    // The pieces, for callers that assemble the document themselves. The padded start is
    // as long for any count, so that it can be overwritten in place.
    static QByteArray documentStart(qint64 recordCount);
    static QByteArray paddedDocumentStart(qint64 recordCount);
    static QByteArray separator() { return QByteArrayLiteral(",\n"); }
    static QByteArray documentEnd() { return QByteArrayLiteral("\n]}\n"); }
    static QByteArray record(const CandidateResult &result, bool includePhotos);

private:
    bool write(const QByteArray &bytes);

    QIODevice *m_device;
    bool m_photos;
    qint64 m_start = 0;
    qint64 m_count = 0;
    bool m_ok = true;
};
