# Common compile settings for every GravDesk target.
function(gravdesk_target_defaults target)
    target_compile_features(${target} PUBLIC cxx_std_17)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY
        QT_USE_QSTRINGBUILDER
        QT_NO_KEYWORDS
        QT_DISABLE_DEPRECATED_UP_TO=0x060000
        GRAVDESK_VERSION="${PROJECT_VERSION}")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(GRAVDESK_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# gravdesk_add_test(name SOURCES a.cpp ... LIBS lib ... [GUI] [TIMEOUT s])
# One executable per unit, run through CTest offscreen with a UTF-8 locale.
function(gravdesk_add_test name)
    cmake_parse_arguments(T "GUI" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    gravdesk_target_defaults(${name})
    target_link_libraries(${name} PRIVATE Qt6::Test gravdesk_testsupport ${T_LIBS})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" "LANG=C.UTF-8"
            "QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox --disable-gpu"
            "QT_QUICK_BACKEND=software" "XDG_RUNTIME_DIR=${CMAKE_BINARY_DIR}/tests/runtime"
            "XDG_STATE_HOME=${CMAKE_BINARY_DIR}/tests/state/${name}")
    set_tests_properties(${name} PROPERTIES TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${env}")
    if(T_GUI)
        set_tests_properties(${name} PROPERTIES LABELS gui)
    endif()
endfunction()

# gravdesk_add_translations(target): the interface translations compiled into @p target's resources under
# :/i18n (the app, and GUI tests that check the interface in a language). tools/update-translations.sh
# refreshes the .ts files from the sources.
function(gravdesk_add_translations target)
    qt_add_translations(${target}
        TS_FILES
            ${PROJECT_SOURCE_DIR}/translations/gravdesk_ru.ts
            ${PROJECT_SOURCE_DIR}/translations/gravdesk_kk.ts
            ${PROJECT_SOURCE_DIR}/translations/gravdesk_en.ts
        RESOURCE_PREFIX /i18n
        LUPDATE_OPTIONS -no-obsolete -locations none)
    # Qt's own buttons and dialogs in Kazakh (translations/gravdesk_qt_kk.ts; not refreshed by lupdate: its sources
    # are Qt's).
    set(qt_kk_dir ${CMAKE_CURRENT_BINARY_DIR}/${target}_qt_kk)
    set(qt_kk_qm ${qt_kk_dir}/gravdesk_qt_kk.qm)
    add_custom_command(OUTPUT ${qt_kk_qm}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${qt_kk_dir}
        COMMAND Qt6::lrelease -silent ${PROJECT_SOURCE_DIR}/translations/gravdesk_qt_kk.ts -qm ${qt_kk_qm}
        DEPENDS ${PROJECT_SOURCE_DIR}/translations/gravdesk_qt_kk.ts
        VERBATIM)
    qt_add_resources(${target} "${target}_qt_kk"
        PREFIX /i18n
        BASE ${qt_kk_dir}
        FILES ${qt_kk_qm})
endfunction()
