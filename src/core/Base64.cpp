#include "Base64.h"

#include <array>

namespace Base64 {

std::optional<QByteArray> decode(const QByteArray &text)
{
    static const auto table = [] {
        std::array<qint8, 256> t{};
        t.fill(-1);
        const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < 64; ++i)
            t[static_cast<unsigned char>(alphabet[i])] = qint8(i);
        return t;
    }();
    auto fallback = [&text]() -> std::optional<QByteArray> {
        for (auto alphabet : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            auto decoded = QByteArray::fromBase64Encoding(
                QByteArray(text).replace('\n', QByteArray()).replace('\r', QByteArray()),
                alphabet | QByteArray::AbortOnBase64DecodingErrors);
            if (decoded)
                return std::move(decoded.decoded);
        }
        return std::nullopt;
    };
    qsizetype length = text.size();
    if (length % 4 != 0)
        return fallback();
    qsizetype padding = 0;
    while (padding < 2 && length > 0 && text.at(length - 1) == '=') {
        --length;
        ++padding;
    }
    QByteArray out(length / 4 * 3 + (length % 4 ? length % 4 - 1 : 0), Qt::Uninitialized);
    const auto *in = reinterpret_cast<const unsigned char *>(text.constData());
    char *o = out.data();
    qsizetype i = 0;
    for (; i + 4 <= length; i += 4) {
        const int a = table[in[i]], b = table[in[i + 1]], c = table[in[i + 2]],
                  d = table[in[i + 3]];
        if ((a | b | c | d) < 0)
            return fallback();
        const quint32 v = (quint32(a) << 18) | (quint32(b) << 12) | (quint32(c) << 6) | quint32(d);
        *o++ = char(v >> 16);
        *o++ = char(v >> 8);
        *o++ = char(v);
    }
    const qsizetype rest = length - i;
    if (rest == 1)
        return fallback();
    if (rest >= 2) {
        const int a = table[in[i]], b = table[in[i + 1]], c = rest == 3 ? table[in[i + 2]] : 0;
        if ((a | b | c) < 0)
            return fallback();
        const quint32 v = (quint32(a) << 18) | (quint32(b) << 12) | (quint32(c) << 6);
        *o++ = char(v >> 16);
        if (rest == 3)
            *o++ = char(v >> 8);
    }
    return out;
}

} // namespace Base64
