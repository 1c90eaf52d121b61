#pragma once

#include "ApplicantDate.h"
#include "BandScore.h"

#include <QDate>
#include <QString>
#include <QStringList>

// One row of an applicant list with what the applicant claims, read through a ColumnMapping.
// A claim left empty in the list is not compared.
struct Applicant
{
    int row = -1;        // index into ApplicantTable::rows
    int sourceLine = 0;  // where the row starts in the file
    QStringList cells;   // the applicant's own columns, exactly as read
    QString trf;         // normalised
    QString applicantId;
    QString familyName;
    QString firstName;
    QString dateOfBirthText; // as written
    QDate dateOfBirth;       // invalid when not given
    bool dateOfBirthAmbiguous = false;
    BandScore overall; // invalid when not claimed
    BandScore listening;
    BandScore reading;
    BandScore writing;
    BandScore speaking;
};
