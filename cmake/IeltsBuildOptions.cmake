# One INTERFACE target carries the language standard, warnings and strict Qt defines;
# every target of the project links it.
add_library(ielts_build_options INTERFACE)
target_compile_features(ielts_build_options INTERFACE cxx_std_20)
target_compile_definitions(ielts_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS)
if(MSVC)
    target_compile_options(ielts_build_options INTERFACE /W4 /permissive- /utf-8)
else()
    target_compile_options(ielts_build_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
endif()
