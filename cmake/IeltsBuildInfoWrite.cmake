# Writes IeltsBuildInfo.cpp; run with cmake -P on every build (see IeltsBuildInfo.cmake).
# configure_file leaves the file untouched when its content is unchanged, so nothing is
# recompiled unless the revision or the date moved.

set(IELTS_SOURCE_REVISION "unknown")
if(GIT_EXECUTABLE)
    execute_process(
        COMMAND ${GIT_EXECUTABLE} describe --tags --always --dirty
        WORKING_DIRECTORY ${SOURCE_DIR}
        OUTPUT_VARIABLE revision
        OUTPUT_STRIP_TRAILING_WHITESPACE
        ERROR_QUIET
        RESULT_VARIABLE result)
    if(result EQUAL 0 AND revision MATCHES "^[A-Za-z0-9._+-]+$")
        set(IELTS_SOURCE_REVISION "${revision}")
    endif()
endif()

# string(TIMESTAMP) honours SOURCE_DATE_EPOCH.
string(TIMESTAMP IELTS_BUILD_DATE "%Y-%m-%d" UTC)

configure_file(${TEMPLATE} ${OUTPUT} @ONLY)
