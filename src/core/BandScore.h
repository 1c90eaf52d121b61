#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// An IELTS band score (0 to 9 in half bands), or "no score" when the API sent nothing usable.
class BandScore final
{
public:
    BandScore() = default;
    static BandScore fromValue(double value);
    // "6.50" -> 6.5; "", "N/A", "12", "6.3" -> no score.
    static BandScore parse(QStringView text);

    bool isValid() const { return m_value.has_value(); }
    double value() const { return m_value.value_or(0.0); }
    // "6.5", "7", or an empty string for no score.
    QString toString() const;

    // No score sorts before every real score.
    friend bool operator<(const BandScore &a, const BandScore &b);
    friend bool operator==(const BandScore &a, const BandScore &b) = default;

private:
    std::optional<double> m_value;
};
