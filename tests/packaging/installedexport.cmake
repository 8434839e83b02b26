# The installed dutymap-cli finds its renderer module under <prefix>/lib/<triplet>/dutymap
# and exports a PDF with no display.
#   cmake -DPREFIX=<installed prefix> -DWORK=<scratch folder> -P installedexport.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(ENV{QT_QPA_PLATFORM} "")
unset(ENV{DISPLAY})
unset(ENV{WAYLAND_DISPLAY})
execute_process(COMMAND "${PREFIX}/bin/dutymap-cli" new --model security-tools -o "${WORK}/a.dutymap"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "dutymap-cli new failed: ${result}")
endif()
execute_process(COMMAND "${PREFIX}/bin/dutymap-cli" export "${WORK}/a.dutymap" -o "${WORK}/a.pdf"
                RESULT_VARIABLE result ERROR_VARIABLE error)
if(NOT result EQUAL 0 OR NOT EXISTS "${WORK}/a.pdf")
    message(FATAL_ERROR "the installed dutymap-cli could not export a PDF (${result}): ${error}")
endif()
file(READ "${WORK}/a.pdf" head LIMIT 8)
if(NOT head MATCHES "^%PDF-")
    message(FATAL_ERROR "${WORK}/a.pdf is not a PDF")
endif()
