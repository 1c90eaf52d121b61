#pragma once

#include "ExportOptions.h"

#include "CandidateResult.h"

#include <QCoreApplication>
#include <QList>

class ExportMonitor;

// Saves candidates' photos into a folder as <TRF>.<ext>, never over an existing file (a taken
// name gets " (2)" and so on), and says how many were saved, how many records had no photo and
// how many photos could not be saved. A canceled run keeps none of them.
class PhotoFolderWriter final
{
    Q_DECLARE_TR_FUNCTIONS(PhotoFolderWriter)

public:
    // The folder is created when it does not exist.
    static ExportOutcome write(const QString &folder, const QList<CandidateResult> &records,
                               ExportMonitor &monitor);
};
