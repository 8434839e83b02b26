# Checks that an installed dutymap-cli reads models from
# <prefix>/share/dutymap/templates: the built-in models would be listed even
# if it did not, so a model that exists only in the prefix is put there.
#   cmake -DPREFIX=<install prefix> -P installedtemplates.cmake
set(models "${PREFIX}/share/dutymap/templates/models")
set(probe "${models}/prefix-probe.json")
file(READ "${models}/full-hybrid.json" model)
string(REGEX REPLACE "\"id\": *\"full-hybrid\"" "\"id\": \"prefix-probe\"" model "${model}")
file(WRITE "${probe}" "${model}")
execute_process(COMMAND "${PREFIX}/bin/dutymap-cli" templates --ids
                OUTPUT_VARIABLE ids ERROR_VARIABLE errors RESULT_VARIABLE result)
file(REMOVE "${probe}")
if(NOT result EQUAL 0 OR NOT ids MATCHES "(^|\n)prefix-probe\n")
    message(FATAL_ERROR "dutymap-cli templates --ids (exit ${result}) did not list the model "
                        "installed in ${models}:\n${ids}${errors}")
endif()
