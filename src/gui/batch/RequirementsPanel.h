#pragma once

#include "ProgrammeRequirements.h"

#include <QGroupBox>

class QDoubleSpinBox;
class QSpinBox;
class QTimer;

// The programme's minimum scores and the oldest test it accepts. Changing them re-judges the
// batch at once, without sending anything.
class RequirementsPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequirementsPanel)

public:
    explicit RequirementsPanel(QWidget *parent = nullptr);

    ProgrammeRequirements requirements() const;
    void setRequirements(const ProgrammeRequirements &requirements);

    // A compact text form for settings ("overall=6.5;writing=6;years=2").
    static QString toText(const ProgrammeRequirements &requirements);
    static ProgrammeRequirements fromText(const QString &text);

Q_SIGNALS:
    // Emitted a moment after the last change, so that typing a value re-judges once.
    void changed(const ProgrammeRequirements &requirements);

private:
    QDoubleSpinBox *addScore(const QString &objectName, const QString &label,
                             const QString &description);

    QDoubleSpinBox *m_overall;
    QDoubleSpinBox *m_listening;
    QDoubleSpinBox *m_reading;
    QDoubleSpinBox *m_writing;
    QDoubleSpinBox *m_speaking;
    QSpinBox *m_years;
    QTimer *m_debounce;
};
