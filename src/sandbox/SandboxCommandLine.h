#pragma once

#include "Result.h"
#include "SandboxConfig.h"

#include <QString>

class QCommandLineParser;

// The options of the ielts-sandbox executable: the port and every SandboxConfig knob.
namespace SandboxCommandLine {

struct Options
{
    quint16 port = 0; // 0: a free port
    SandboxConfig config;
    // Set: write the sample applicant list of the data set to this file and exit, serving nothing.
    QString applicantListPath;
};

void addOptions(QCommandLineParser &parser);
// The options a processed parser holds, or a translated message about the first bad value.
Result<Options, QString> read(const QCommandLineParser &parser);
// Writes SandboxDataSet::sampleApplicantList() of `options.config` to options.applicantListPath;
// returns a translated message when it cannot, else an empty string.
QString writeApplicantList(const Options &options);

} // namespace SandboxCommandLine
