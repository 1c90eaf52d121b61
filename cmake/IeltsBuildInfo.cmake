# ielts_build_info: IeltsBuildInfo.h with the project version, the versions of Qt, QtKeychain
# and libxlsxwriter the build compiled against, and the source revision and date of the build,
# for the About dialog and --version.
#
# The version numbers are fixed when CMake configures. The revision and date are written by a
# step that runs on every build, into one small .cpp that is recompiled only when they change,
# so a new commit shows up without re-running CMake and without rebuilding anything else.

set(_ielts_info_dir ${CMAKE_BINARY_DIR}/generated/buildinfo)

set(IELTS_XLSXWRITER_VERSION "unknown")
find_file(_ielts_xlsxwriter_header xlsxwriter.h
    HINTS ${xlsxwriter_INCLUDE_DIRS} NO_CACHE)
if(_ielts_xlsxwriter_header)
    # Debian's xlsxwriter.pc carries a soname, not the release; the header has the release.
    file(STRINGS ${_ielts_xlsxwriter_header} _ielts_lxw_version REGEX "^#define LXW_VERSION \"")
    if(_ielts_lxw_version MATCHES "\"([^\"]+)\"")
        set(IELTS_XLSXWRITER_VERSION "${CMAKE_MATCH_1}")
    endif()
endif()

configure_file(${CMAKE_CURRENT_LIST_DIR}/IeltsBuildInfo.h.in ${_ielts_info_dir}/IeltsBuildInfo.h @ONLY)

find_package(Git QUIET)
add_custom_target(ielts_build_info_revision
    COMMAND ${CMAKE_COMMAND}
        -DGIT_EXECUTABLE=${GIT_EXECUTABLE}
        -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
        -DTEMPLATE=${CMAKE_CURRENT_LIST_DIR}/IeltsBuildInfo.cpp.in
        -DOUTPUT=${_ielts_info_dir}/IeltsBuildInfo.cpp
        -P ${CMAKE_CURRENT_LIST_DIR}/IeltsBuildInfoWrite.cmake
    BYPRODUCTS ${_ielts_info_dir}/IeltsBuildInfo.cpp
    COMMENT "Recording the source revision and build date"
    VERBATIM)

add_library(ielts_build_info STATIC
    ${_ielts_info_dir}/IeltsBuildInfo.h
    ${_ielts_info_dir}/IeltsBuildInfo.cpp)
add_dependencies(ielts_build_info ielts_build_info_revision)
set_target_properties(ielts_build_info PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
target_include_directories(ielts_build_info PUBLIC ${_ielts_info_dir})
target_link_libraries(ielts_build_info PRIVATE ielts_build_options)
