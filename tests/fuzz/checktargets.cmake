# cmake -DSOURCE_DIR=<repository> -P tests/fuzz/checktargets.cmake
#
# Fails when the fuzz targets tests/fuzz/CMakeLists.txt defines, the "fuzz"
# build preset's target list and the targets tests/fuzz/run runs by default
# are not the same set, so that a fresh clone's tests/fuzz/run builds every
# target it runs and runs every target there is.
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "checktargets.cmake needs -DSOURCE_DIR=<repository>")
endif()

file(READ "${SOURCE_DIR}/tests/fuzz/CMakeLists.txt" lists)
string(REGEX MATCHALL "\ndutymap_add_fuzzer\\((fuzz_[a-z0-9_]+)" defined "${lists}")
list(TRANSFORM defined REPLACE "\ndutymap_add_fuzzer\\(" "")
list(SORT defined)
if(NOT defined)
    message(FATAL_ERROR "tests/fuzz/CMakeLists.txt defines no fuzz target")
endif()

file(READ "${SOURCE_DIR}/CMakePresets.json" presets)
string(JSON count LENGTH "${presets}" buildPresets)
math(EXPR last "${count} - 1")
set(listed)
set(found FALSE)
foreach(i RANGE ${last})
    string(JSON name GET "${presets}" buildPresets ${i} name)
    if(name STREQUAL "fuzz")
        set(found TRUE)
        string(JSON targetCount LENGTH "${presets}" buildPresets ${i} targets)
        math(EXPR lastTarget "${targetCount} - 1")
        foreach(t RANGE ${lastTarget})
            string(JSON target GET "${presets}" buildPresets ${i} targets ${t})
            list(APPEND listed ${target})
        endforeach()
    endif()
endforeach()
if(NOT found)
    message(FATAL_ERROR "CMakePresets.json has no \"fuzz\" build preset")
endif()
list(SORT listed)

file(READ "${SOURCE_DIR}/tests/fuzz/run" run)
string(REGEX MATCH "targets=\\(([a-z0-9_ \n]+)\\)" match "${run}")
string(REGEX REPLACE "[ \n]+" ";" runs "${CMAKE_MATCH_1}")
list(FILTER runs EXCLUDE REGEX "^$")
list(TRANSFORM runs PREPEND "fuzz_")
list(SORT runs)

set(failed FALSE)
if(NOT listed STREQUAL defined)
    message(SEND_ERROR "The \"fuzz\" build preset lists ${listed}; "
                       "tests/fuzz/CMakeLists.txt defines ${defined}")
    set(failed TRUE)
endif()
if(NOT runs STREQUAL defined)
    message(SEND_ERROR "tests/fuzz/run runs ${runs} by default; "
                       "tests/fuzz/CMakeLists.txt defines ${defined}")
    set(failed TRUE)
endif()
if(NOT failed)
    list(LENGTH defined n)
    message(STATUS "${n} fuzz targets, listed alike in the preset and tests/fuzz/run")
endif()
