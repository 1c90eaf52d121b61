#include "CsvTextDecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>

namespace {

constexpr QByteArrayView utf8Bom("\xEF\xBB\xBF", 3);
constexpr QByteArrayView utf16LeBom("\xFF\xFE", 2);
constexpr QByteArrayView utf16BeBom("\xFE\xFF", 2);

// Windows-1252 differs from Latin-1 only in 0x80-0x9F. The five bytes Windows leaves undefined
// keep their C1 control code points, as Windows' own converter (and WHATWG) does.
constexpr std::array<char16_t, 32> windows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, //
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, //
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, //
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, //
};

// UTF-16 without a byte order mark: text that is mostly ASCII (a header line always is) has a
// zero in every other byte. Look at the start of the file only.
CsvTextDecoder::Encoding guessUtf16(QByteArrayView bytes, bool *found)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenZeros += bytes[i] == '\0';
        oddZeros += bytes[i + 1] == '\0';
    }
    const qsizetype pairs = sample / 2;
    *found = false;
    if (pairs == 0)
        return CsvTextDecoder::Encoding::Utf8;
    // Most pairs have a zero on one side and almost none on the other.
    if (oddZeros * 2 > pairs && evenZeros * 10 < pairs) {
        *found = true;
        return CsvTextDecoder::Encoding::Utf16Le;
    }
    if (evenZeros * 2 > pairs && oddZeros * 10 < pairs) {
        *found = true;
        return CsvTextDecoder::Encoding::Utf16Be;
    }
    return CsvTextDecoder::Encoding::Utf8;
}

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

QString decodeWith(QStringDecoder::Encoding encoding, QByteArrayView bytes)
{
    // Stateless: a byte order mark has already been cut off and must not be looked for again.
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    return decoder.decode(bytes);
}

} // namespace

CsvTextDecoder::Encoding CsvTextDecoder::detect(const QByteArray &bytes)
{
    if (bytes.startsWith(utf8Bom))
        return Encoding::Utf8Bom;
    if (bytes.startsWith(utf16LeBom))
        return Encoding::Utf16LeBom;
    if (bytes.startsWith(utf16BeBom))
        return Encoding::Utf16BeBom;
    bool utf16 = false;
    const Encoding guessed = guessUtf16(bytes, &utf16);
    if (utf16)
        return guessed;
    return isValidUtf8(bytes) ? Encoding::Utf8 : Encoding::Windows1252;
}

CsvTextDecoder::Decoded CsvTextDecoder::decode(const QByteArray &bytes)
{
    Decoded result;
    result.encoding = detect(bytes);
    const QByteArrayView view(bytes);
    switch (result.encoding) {
    case Encoding::Utf8:
        result.text = decodeWith(QStringDecoder::Utf8, view);
        break;
    case Encoding::Utf8Bom:
        result.text = decodeWith(QStringDecoder::Utf8, view.sliced(utf8Bom.size()));
        break;
    case Encoding::Utf16LeBom:
        result.text = decodeWith(QStringDecoder::Utf16LE, view.sliced(utf16LeBom.size()));
        break;
    case Encoding::Utf16BeBom:
        result.text = decodeWith(QStringDecoder::Utf16BE, view.sliced(utf16BeBom.size()));
        break;
    case Encoding::Utf16Le:
        result.text = decodeWith(QStringDecoder::Utf16LE, view);
        break;
    case Encoding::Utf16Be:
        result.text = decodeWith(QStringDecoder::Utf16BE, view);
        break;
    case Encoding::Windows1252:
        result.text = decodeWindows1252(view);
        break;
    }
    return result;
}

QString CsvTextDecoder::decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ = (byte >= 0x80 && byte <= 0x9F) ? QChar(windows1252High[byte - 0x80])
                                                : QChar(char16_t(byte));
    }
    return text;
}

QString CsvTextDecoder::describe(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QCoreApplication::translate("ApplicantListReader", "UTF-8");
    case Encoding::Utf8Bom:
        return QCoreApplication::translate("ApplicantListReader", "UTF-8 with byte order mark");
    case Encoding::Utf16LeBom:
        return QCoreApplication::translate("ApplicantListReader",
                                           "UTF-16 (little-endian) with byte order mark");
    case Encoding::Utf16BeBom:
        return QCoreApplication::translate("ApplicantListReader",
                                           "UTF-16 (big-endian) with byte order mark");
    case Encoding::Utf16Le:
        return QCoreApplication::translate("ApplicantListReader", "UTF-16 (little-endian)");
    case Encoding::Utf16Be:
        return QCoreApplication::translate("ApplicantListReader", "UTF-16 (big-endian)");
    case Encoding::Windows1252:
        return QCoreApplication::translate("ApplicantListReader", "Windows-1252");
    }
    return {};
}
