# ielts_add_test(<name> SOURCES <files...> LIBRARIES <targets...> [GUI] [KEYRING] [TIMEOUT <s>])
#
# One Qt Test executable per class or feature. Every test runs headless, with its own throwaway
# HOME and XDG directories so that no test reads or writes the developer's settings.
# KEYRING runs the test inside a private D-Bus session with an unlocked gnome-keyring.
function(ielts_add_test name)
    cmake_parse_arguments(arg "GUI;KEYRING" "TIMEOUT" "SOURCES;LIBRARIES" ${ARGN})
    qt_add_executable(${name} ${arg_SOURCES})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    target_link_libraries(${name} PRIVATE Qt6::Test ielts_build_options ${arg_LIBRARIES})
    target_compile_definitions(${name} PRIVATE
        IELTS_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        IELTS_BINARY_DIR="${CMAKE_BINARY_DIR}")

    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()
    set(home ${CMAKE_BINARY_DIR}/test-homes/${name})
    if(arg_KEYRING)
        add_test(NAME ${name}
            COMMAND ${PROJECT_SOURCE_DIR}/tests/run-with-keyring.sh ${home} $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND $<TARGET_FILE:${name}>)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOME=${home};XDG_CONFIG_HOME=${home}/.config;XDG_DATA_HOME=${home}/.local/share;XDG_CACHE_HOME=${home}/.cache;LC_ALL=C.UTF-8"
        TIMEOUT ${arg_TIMEOUT})
    file(MAKE_DIRECTORY ${home})
endfunction()
