#include "RequirementsPanel.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
BandScore scoreOf(const QDoubleSpinBox *box)
{
    // The lowest value stands for "no minimum" (its special text says so).
    return box->value() > box->minimum() ? BandScore::fromValue(box->value()) : BandScore();
}

void setScore(QDoubleSpinBox *box, const BandScore &score)
{
    box->setValue(score.isValid() ? score.value() : box->minimum());
}
} // namespace

RequirementsPanel::RequirementsPanel(QWidget *parent)
    : QGroupBox(tr("Programme requirements"), parent)
    , m_debounce(new QTimer(this))
{
    setObjectName(u"requirementsPanel"_s);
    setToolTip(tr("Results below these are marked separately from whether they are genuine."));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    m_overall = addScore(u"minOverall"_s, tr("&Overall at least"),
                         tr("The lowest overall band the programme accepts"));
    m_listening = addScore(u"minListening"_s, tr("&Listening at least"),
                           tr("The lowest listening band the programme accepts"));
    m_reading = addScore(u"minReading"_s, tr("&Reading at least"),
                         tr("The lowest reading band the programme accepts"));
    m_writing = addScore(u"minWriting"_s, tr("&Writing at least"),
                         tr("The lowest writing band the programme accepts"));
    m_speaking = addScore(u"minSpeaking"_s, tr("S&peaking at least"),
                          tr("The lowest speaking band the programme accepts"));

    m_years = new QSpinBox(this);
    m_years->setObjectName(u"maxAgeYears"_s);
    m_years->setRange(0, 20);
    m_years->setSpecialValueText(tr("Any age"));
    //: A spin box suffix: "Test taken within 2 years".
    m_years->setSuffix(tr(" years"));
    m_years->setAccessibleName(tr("Test taken within"));
    m_years->setAccessibleDescription(
        tr("How many years old a test may be at most; the lowest value accepts any age"));
    form->addRow(tr("&Test taken within"), m_years);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, [this] { Q_EMIT changed(requirements()); });
    connect(m_years, &QSpinBox::valueChanged, m_debounce, qOverload<>(&QTimer::start));
}

QDoubleSpinBox *RequirementsPanel::addScore(const QString &objectName, const QString &label,
                                            const QString &description)
{
    auto *box = new QDoubleSpinBox(this);
    box->setObjectName(objectName);
    box->setRange(-0.5, 9.0);
    box->setSingleStep(0.5);
    box->setDecimals(1);
    box->setSpecialValueText(tr("No minimum"));
    box->setValue(-0.5);
    box->setAccessibleName(QString(label).remove(u'&'));
    box->setAccessibleDescription(description + tr("; the lowest value sets no minimum"));
    static_cast<QFormLayout *>(layout())->addRow(label, box);
    connect(box, &QDoubleSpinBox::valueChanged, m_debounce, qOverload<>(&QTimer::start));
    return box;
}

ProgrammeRequirements RequirementsPanel::requirements() const
{
    ProgrammeRequirements r;
    r.minOverall = scoreOf(m_overall);
    r.minListening = scoreOf(m_listening);
    r.minReading = scoreOf(m_reading);
    r.minWriting = scoreOf(m_writing);
    r.minSpeaking = scoreOf(m_speaking);
    r.maxAgeYears = m_years->value();
    return r;
}

void RequirementsPanel::setRequirements(const ProgrammeRequirements &requirements)
{
    setScore(m_overall, requirements.minOverall);
    setScore(m_listening, requirements.minListening);
    setScore(m_reading, requirements.minReading);
    setScore(m_writing, requirements.minWriting);
    setScore(m_speaking, requirements.minSpeaking);
    m_years->setValue(requirements.maxAgeYears);
    m_debounce->stop();
}

QString RequirementsPanel::toText(const ProgrammeRequirements &r)
{
    QStringList parts;
    const auto add = [&parts](const QString &key, const BandScore &score) {
        if (score.isValid())
            parts.append(key + u'=' + score.toString());
    };
    add(u"overall"_s, r.minOverall);
    add(u"listening"_s, r.minListening);
    add(u"reading"_s, r.minReading);
    add(u"writing"_s, r.minWriting);
    add(u"speaking"_s, r.minSpeaking);
    if (r.maxAgeYears > 0)
        parts.append(u"years="_s + QString::number(r.maxAgeYears));
    return parts.join(u';');
}

ProgrammeRequirements RequirementsPanel::fromText(const QString &text)
{
    ProgrammeRequirements r;
    const QStringList parts = text.split(u';', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString key = part.section(u'=', 0, 0).trimmed();
        const QString value = part.section(u'=', 1).trimmed();
        const BandScore score = BandScore::parse(value);
        if (key == "overall"_L1)
            r.minOverall = score;
        else if (key == "listening"_L1)
            r.minListening = score;
        else if (key == "reading"_L1)
            r.minReading = score;
        else if (key == "writing"_L1)
            r.minWriting = score;
        else if (key == "speaking"_L1)
            r.minSpeaking = score;
        else if (key == "years"_L1)
            r.maxAgeYears = qBound(0, value.toInt(), 20);
    }
    return r;
}
