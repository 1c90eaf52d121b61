# Signs the app bundle in CPack's staging folder, after macdeployqt and before the DMG is made
# (CPACK_PRE_BUILD_SCRIPTS). macdeployqt and stripping leave the linker's signatures invalid,
# and Apple silicon runs nothing unsigned, so the bundle is always signed: with the identity
# in IELTS_CODESIGN_IDENTITY ("Developer ID Application: <name> (<team id>)") for release,
# ad hoc ("-") otherwise. packaging/README.md has the notarisation steps that follow.

file(GLOB_RECURSE bundles LIST_DIRECTORIES true "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*ielts-verifier.app")
list(FILTER bundles INCLUDE REGEX "/ielts-verifier\\.app$")
if(NOT bundles)
    message(FATAL_ERROR "No ielts-verifier.app under ${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
endif()

set(identity "$ENV{IELTS_CODESIGN_IDENTITY}")
set(options --force --deep --options runtime)
if(identity)
    list(APPEND options --timestamp)
else()
    set(identity -)
    message(STATUS "IELTS_CODESIGN_IDENTITY is not set: signing ad hoc, which Gatekeeper rejects on other Macs")
endif()

foreach(bundle IN LISTS bundles)
    execute_process(
        COMMAND codesign ${options} --sign "${identity}" "${bundle}"
        COMMAND_ERROR_IS_FATAL ANY)
    execute_process(
        COMMAND codesign --verify --deep --strict --verbose=2 "${bundle}"
        COMMAND_ERROR_IS_FATAL ANY)
endforeach()
