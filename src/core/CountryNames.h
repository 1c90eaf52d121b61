#pragma once

// The English country names as lupdate sees them; the translation context is "Countries".
namespace CountryNames {
extern const char *const sourceTexts[];
extern const int count;
} // namespace CountryNames
