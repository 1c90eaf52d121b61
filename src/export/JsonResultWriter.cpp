#include "JsonResultWriter.h"

#include <QIODevice>

namespace {
constexpr int countWidth = 20; // digits of the largest qint64
}

JsonResultWriter::JsonResultWriter(QIODevice *device, bool includePhotos)
    : m_device(device)
    , m_photos(includePhotos)
{}

QByteArray JsonResultWriter::documentStart(qint64 recordCount)
{
    return QByteArrayLiteral("{\"recordCount\": ") + QByteArray::number(recordCount) +
           QByteArrayLiteral(", \"results\": [\n");
}

QByteArray JsonResultWriter::paddedDocumentStart(qint64 recordCount)
{
    // White space after a number is valid JSON, so the padding keeps the document well-formed.
    return QByteArrayLiteral("{\"recordCount\": ") +
           QByteArray::number(recordCount).leftJustified(countWidth, ' ') +
           QByteArrayLiteral(", \"results\": [\n");
}

QByteArray JsonResultWriter::record(const CandidateResult &result, bool includePhotos)
{
    return result.toJson(includePhotos);
}

bool JsonResultWriter::write(const QByteArray &bytes)
{
    if (m_ok && m_device->write(bytes) != bytes.size())
        m_ok = false;
    return m_ok;
}

bool JsonResultWriter::begin()
{
    m_start = m_device->pos();
    m_count = 0;
    return write(paddedDocumentStart(0));
}

bool JsonResultWriter::add(const CandidateResult &result)
{
    if (m_count > 0 && !write(separator()))
        return false;
    ++m_count;
    return write(record(result, m_photos));
}

bool JsonResultWriter::add(const QList<CandidateResult> &results)
{
    for (const CandidateResult &r : results) {
        if (!add(r))
            return false;
    }
    return m_ok;
}

bool JsonResultWriter::finish()
{
    if (!write(documentEnd()))
        return false;
    const qint64 end = m_device->pos();
    if (!m_device->seek(m_start) || !write(paddedDocumentStart(m_count)) || !m_device->seek(end))
        m_ok = false;
    return m_ok;
}
