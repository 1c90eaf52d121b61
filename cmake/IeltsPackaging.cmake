# How the applications are installed and packaged on each platform:
#
#   Linux    .desktop file, AppStream metainfo and hicolor icons; a DEB (cpack -G DEB)
#   Windows  icon and version resources, windeployqt; NSIS and WiX installers
#   macOS    Info.plist and .icns in the app bundle, macdeployqt; a DragNDrop DMG
#
# Included from the top-level CMakeLists.txt before the sources, so that
# ielts_package_apps() exists where the executables are defined.
# packaging/README.md says which installers are built and checked where.

set(IELTS_PRODUCT_NAME "IELTS Result Verifier")
set(IELTS_VENDOR "IELTS Result Verifier developers")
set(IELTS_CONTACT "IELTS Result Verifier developers <maintainers@example.invalid>")
# The homepage's domain reversed: the AppStream component id and the macOS bundle identifier.
# Both must stay the same from the first release on.
set(IELTS_APP_ID "invalid.example.IeltsResultVerifier")

set(_ielts_packaging_dir ${PROJECT_SOURCE_DIR}/packaging)
set(_ielts_icons_dir ${PROJECT_SOURCE_DIR}/resources/icons)
set(_ielts_icon_sizes 16 32 48 64 128 256 512)

if(APPLE)
    # The command-line tools go inside the app bundle, next to the GUI: they share the Qt
    # frameworks macdeployqt puts there, and the DMG holds one thing to drag to Applications.
    set(CMAKE_INSTALL_BINDIR "ielts-verifier.app/Contents/MacOS")
endif()

# Desktop integration on Linux and the other freedesktop.org systems.
if(UNIX AND NOT APPLE)
    install(FILES ${_ielts_packaging_dir}/linux/ielts-verifier.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${_ielts_packaging_dir}/linux/${IELTS_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    foreach(size IN LISTS _ielts_icon_sizes)
        install(FILES ${_ielts_icons_dir}/ielts-verifier-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ielts-verifier.png)
    endforeach()
    install(FILES ${_ielts_icons_dir}/ielts-verifier.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()

# The Windows and macOS installers carry QtKeychain, libxlsxwriter and Qt themselves.
if(WIN32)
    install(FILES ${_ielts_packaging_dir}/THIRD-PARTY-NOTICES.txt DESTINATION .)
elseif(APPLE)
    install(FILES ${_ielts_packaging_dir}/THIRD-PARTY-NOTICES.txt
        DESTINATION ielts-verifier.app/Contents/Resources)
endif()

# Adds the Windows version resource (and icon) to one executable.
function(_ielts_add_windows_resource target description)
    set(IELTS_RC_NAME ${target})
    set(IELTS_RC_DESCRIPTION "${description}")
    set(IELTS_RC_ICON "${_ielts_packaging_dir}/windows/ielts-verifier.ico")
    set(rc ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc)
    configure_file(${_ielts_packaging_dir}/windows/ielts-verifier.rc.in ${rc} @ONLY)
    target_sources(${target} PRIVATE ${rc})
endfunction()

# ielts_package_apps(GUI <gui target> TOOLS <command-line targets...>)
#
# Platform packaging of the executables: version resources and icons on Windows, the bundle's
# Info.plist and icon on macOS, and on both the Qt deploy tool at install time. Nothing to do
# on Linux, where the DEB's dependencies bring Qt.
function(ielts_package_apps)
    cmake_parse_arguments(PARSE_ARGV 0 arg "" "GUI" "TOOLS")
    if(NOT arg_GUI OR arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "ielts_package_apps(GUI <target> TOOLS <targets...>)")
    endif()

    if(WIN32)
        _ielts_add_windows_resource(${arg_GUI} "${IELTS_PRODUCT_NAME}")
        foreach(tool IN LISTS arg_TOOLS)
            _ielts_add_windows_resource(${tool} "${IELTS_PRODUCT_NAME}: ${tool}")
        endforeach()

        # windeployqt puts the Qt DLLs and plugins next to the GUI in bin/, where the
        # command-line tools find them too: they use a subset of the GUI's Qt modules.
        qt_generate_deploy_app_script(TARGET ${arg_GUI} FILENAME_VARIABLE deploy_script)
        install(SCRIPT ${deploy_script})

        # windeployqt copies Qt only; QtKeychain, libxlsxwriter and the DLLs they load
        # (zlib, minizip) come from where CMake found them.
        set(IELTS_DEPLOY_EXECUTABLES "")
        foreach(target IN ITEMS ${arg_GUI} ${arg_TOOLS})
            string(APPEND IELTS_DEPLOY_EXECUTABLES " \"$<TARGET_FILE:${target}>\"")
        endforeach()
        set(IELTS_DEPLOY_DIRECTORIES " \"$<TARGET_FILE_DIR:Qt6Keychain::Qt6Keychain>\"")
        foreach(prefix IN ITEMS ${xlsxwriter_PREFIX} ${CMAKE_PREFIX_PATH})
            file(TO_CMAKE_PATH "${prefix}" prefix)
            string(APPEND IELTS_DEPLOY_DIRECTORIES " \"${prefix}/bin\"")
        endforeach()
        configure_file(${_ielts_packaging_dir}/windows/install-libraries.cmake.in
            ${CMAKE_CURRENT_BINARY_DIR}/install-libraries.cmake.gen @ONLY)
        file(GENERATE
            OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/install-libraries-$<CONFIG>.cmake
            INPUT ${CMAKE_CURRENT_BINARY_DIR}/install-libraries.cmake.gen)
        install(SCRIPT ${CMAKE_CURRENT_BINARY_DIR}/install-libraries-$<CONFIG>.cmake)

    elseif(APPLE)
        if(CMAKE_OSX_DEPLOYMENT_TARGET)
            set(IELTS_MACOS_MINIMUM ${CMAKE_OSX_DEPLOYMENT_TARGET})
        else()
            set(IELTS_MACOS_MINIMUM 11.0)
        endif()
        set(IELTS_GUI_EXECUTABLE ${arg_GUI})
        configure_file(${_ielts_packaging_dir}/macos/Info.plist.in
            ${CMAKE_CURRENT_BINARY_DIR}/${arg_GUI}.Info.plist @ONLY)
        set(icns ${_ielts_packaging_dir}/macos/ielts-verifier.icns)
        target_sources(${arg_GUI} PRIVATE ${icns})
        set_source_files_properties(${icns} TARGET_DIRECTORY ${arg_GUI}
            PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        set_target_properties(${arg_GUI} PROPERTIES
            MACOSX_BUNDLE ON
            MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_BINARY_DIR}/${arg_GUI}.Info.plist)

        # Qt 6.4's qt_generate_deploy_app_script cannot name further executables, so this
        # script calls the deploy function itself: macdeployqt then rewrites the command-line
        # tools' library references to the bundle's Frameworks folder as well.
        set(bundle ${arg_GUI}.app)
        set(tools "")
        foreach(tool IN LISTS arg_TOOLS)
            string(APPEND tools " \"${bundle}/Contents/MacOS/$<TARGET_FILE_NAME:${tool}>\"")
        endforeach()
        file(GENERATE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/deploy-${arg_GUI}-$<CONFIG>.cmake
            CONTENT "include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${bundle}\"
    ADDITIONAL_EXECUTABLES${tools})
")
        install(SCRIPT ${CMAKE_CURRENT_BINARY_DIR}/deploy-${arg_GUI}-$<CONFIG>.cmake)
        set_target_properties(${arg_TOOLS} PROPERTIES
            INSTALL_RPATH "@executable_path/../Frameworks")
    endif()
endfunction()

# CPack: `cpack -G <generator>` in the build folder after `cmake --build`.
set(CPACK_PACKAGE_NAME "${IELTS_PRODUCT_NAME}")
set(CPACK_PACKAGE_VENDOR "${IELTS_VENDOR}")
set(CPACK_PACKAGE_CONTACT "${IELTS_CONTACT}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Checks IELTS Test Report Forms against the result-verification service")
set(CPACK_PACKAGE_DESCRIPTION
    "For admissions and immigration offices that accept IELTS results: checks Test Report
Form (TRF) numbers against the IELTS result-verification service, one at a time, as a
pasted list, or every result shared with the institution in a date range, and exports
them to CSV, Excel, PDF or JSON. Includes ielts-verifier-cli for scheduled pulls and
ielts-sandbox, a local stand-in for the service for trying it out without credentials.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${IELTS_PRODUCT_NAME}")
set(CPACK_PACKAGE_FILE_NAME "ielts-result-verifier-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}")
set(CPACK_PACKAGE_EXECUTABLES "ielts-verifier;${IELTS_PRODUCT_NAME}")
set(CPACK_RESOURCE_FILE_LICENSE ${_ielts_packaging_dir}/THIRD-PARTY-NOTICES.txt)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/")

if(WIN32)
    set(CPACK_GENERATOR "NSIS;WIX")
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB)
endif()

# Debian: dependencies come from dpkg-shlibdeps (package dpkg-dev), so they name exactly the
# Qt, QtKeychain and libxlsxwriter packages of the distribution the DEB was built on.
set(CPACK_DEBIAN_PACKAGE_NAME ielts-result-verifier)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

# Windows, both installers: a start-menu shortcut to the GUI (CPACK_PACKAGE_EXECUTABLES),
# the icon, and the entry in Settings > Apps through which it is uninstalled.
set(CPACK_NSIS_PACKAGE_NAME "${IELTS_PRODUCT_NAME}")
set(CPACK_NSIS_DISPLAY_NAME "${IELTS_PRODUCT_NAME}")
set(CPACK_NSIS_MUI_ICON ${_ielts_packaging_dir}/windows/ielts-verifier.ico)
set(CPACK_NSIS_MUI_UNIICON ${_ielts_packaging_dir}/windows/ielts-verifier.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\ielts-verifier.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${IELTS_CONTACT}")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN ielts-verifier.exe)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# A fixed key, not the default that includes the version, so that installing a new version
# finds the old one and offers to remove it first.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "${IELTS_PRODUCT_NAME}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)

# Never change the upgrade GUID: it is how an MSI recognises earlier versions to replace.
set(CPACK_WIX_UPGRADE_GUID "120F964B-C665-488D-82B5-8C12664C9AFE")
set(CPACK_WIX_PRODUCT_ICON ${_ielts_packaging_dir}/windows/ielts-verifier.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER "${IELTS_PRODUCT_NAME}")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")

# macOS: the volume shows the bundle, signed after deployment (packaging/macos/codesign.cmake).
set(CPACK_DMG_VOLUME_NAME "${IELTS_PRODUCT_NAME}")
set(CPACK_DMG_FORMAT UDZO)
if(APPLE)
    set(CPACK_PRE_BUILD_SCRIPTS ${_ielts_packaging_dir}/macos/codesign.cmake)
endif()

include(CPack)
