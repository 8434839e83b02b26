# Installs the build tree into a fresh prefix, as a user's `cmake --install`
# would, so that the other packaging tests look at installed files.
#   cmake -DBUILD_DIR=<build tree> -DPREFIX=<empty folder to use> -P install.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install ${BUILD_DIR} --prefix ${PREFIX} failed: ${result}")
endif()
