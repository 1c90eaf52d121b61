#pragma once

#include "Applicant.h"
#include "ApplicantDate.h"
#include "ApplicantTable.h"
#include "ColumnMapping.h"

#include <QList>
#include <QString>
#include <QStringList>

// A row that cannot be verified, with why, listed before anything is sent.
struct RejectedRow
{
    int row = -1;
    int sourceLine = 0;
    QString trfText; // as written, possibly empty
    QString reason;  // translated: "No TRF number.", "Same TRF number as line 12.", ...
};

struct PreparedBatch
{
    QList<Applicant> applicants;  // rows that can be verified, in file order
    QList<RejectedRow> rejected;  // in file order
    QStringList distinctTrfs;     // one per request, in first-seen order
    QStringList warnings;         // translated, about the list as a whole (ambiguous dates, ...)
};

// Reads every row of `table` through `mapping`. Rejects rows with no TRF number, a TRF number
// that cannot be sent, a TRF number already used by an earlier row, or a claimed score or date of
// birth that cannot be read. TRF numbers that do not fit the usual pattern are kept (the service
// decides), with a warning.
PreparedBatch prepareBatch(const ApplicantTable &table, const ColumnMapping &mapping,
                           ApplicantDate::Order dateOrder);
