# Checks that the three lists of fuzz targets agree: the targets
# tests/fuzz/CMakeLists.txt defines, the ones the "fuzz" build preset builds,
# and the ones tests/fuzz/run runs by default. A target missing from the
# preset fails only in a fresh clone, where no older build holds its binary.
#   cmake -DSOURCE_DIR=<repository> -P targetlists.cmake
file(READ "${SOURCE_DIR}/tests/fuzz/CMakeLists.txt" lists)
string(REGEX MATCHALL "\ndutymap_add_fuzzer\\(fuzz_[a-z]+" defined "${lists}")
list(TRANSFORM defined REPLACE "\ndutymap_add_fuzzer\\(" "")
list(SORT defined)
if(NOT defined)
    message(FATAL_ERROR "no dutymap_add_fuzzer() in tests/fuzz/CMakeLists.txt")
endif()

file(READ "${SOURCE_DIR}/CMakePresets.json" presets)
string(JSON count LENGTH "${presets}" buildPresets)
set(preset)
math(EXPR last "${count} - 1")
foreach(i RANGE ${last})
    string(JSON name GET "${presets}" buildPresets ${i} name)
    if(name STREQUAL "fuzz")
        string(JSON targets ERROR_VARIABLE none GET "${presets}" buildPresets ${i} targets)
        if(none)
            message(FATAL_ERROR "the fuzz build preset lists no targets")
        endif()
        string(JSON n LENGTH "${targets}")
        math(EXPR lastTarget "${n} - 1")
        foreach(t RANGE ${lastTarget})
            string(JSON target GET "${targets}" ${t})
            list(APPEND preset "${target}")
        endforeach()
    endif()
endforeach()
list(SORT preset)

file(STRINGS "${SOURCE_DIR}/tests/fuzz/run" line REGEX "targets=\\(agreementfile")
string(REGEX REPLACE ".*targets=\\(([a-z ]+)\\).*" "\\1" run "${line}")
string(REPLACE " " ";" run "${run}")
list(TRANSFORM run PREPEND "fuzz_")
list(SORT run)

if(NOT preset STREQUAL defined)
    message(FATAL_ERROR "the fuzz build preset builds ${preset}; tests/fuzz/CMakeLists.txt "
                        "defines ${defined}")
endif()
if(NOT run STREQUAL defined)
    message(FATAL_ERROR "tests/fuzz/run runs ${run} by default; tests/fuzz/CMakeLists.txt "
                        "defines ${defined}")
endif()
list(LENGTH defined n)
message(STATUS "${n} fuzz targets, listed alike in the preset and tests/fuzz/run")
