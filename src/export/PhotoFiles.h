#pragma once

#include "CandidateResult.h"

#include <QString>

// Candidate photos as files: named <TRF>.<extension of its format>, written whole or not at all,
// and never over an existing file without being told to.
namespace PhotoFiles {
// "jpg", "png", ... from the media type the API sent, else from the bytes; "bin" when unknown.
QString extensionFor(const CandidateResult &result);
QString fileNameFor(const CandidateResult &result);
// Writes the photo to `path` (replacing a file there: the caller has asked). False with a
// translated message on failure; no partial file is left.
bool writePhoto(const CandidateResult &result, const QString &path, QString *error);
// A path in `folder` for this candidate's photo that does not exist yet: <TRF>.jpg, else
// <TRF> (2).jpg, and so on.
QString freePathIn(const QString &folder, const CandidateResult &result);
} // namespace PhotoFiles
