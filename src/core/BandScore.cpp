#include "BandScore.h"

#include <cmath>

BandScore BandScore::fromValue(double value)
{
    BandScore score;
    const double doubled = value * 2.0;
    if (std::isfinite(value) && value >= 0.0 && value <= 9.0 &&
        std::abs(doubled - std::round(doubled)) < 1e-9)
        score.m_value = std::round(doubled) / 2.0;
    return score;
}

BandScore BandScore::parse(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return {};
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok)
        return {};
    return fromValue(value);
}

QString BandScore::toString() const
{
    if (!m_value)
        return {};
    const double v = *m_value;
    return QString::number(v, 'f', v == std::floor(v) ? 0 : 1);
}

bool operator<(const BandScore &a, const BandScore &b)
{
    if (!a.m_value || !b.m_value)
        return !a.m_value && b.m_value;
    return *a.m_value < *b.m_value;
}
