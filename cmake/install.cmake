# `cmake --install build [--prefix DIR]`: the parley CLI, the public headers, the module
# libraries (static, position-independent) with a CMake package for find_package(parley)
# (targets parley::model ... parley::elicitation and parley::parley for all of them), and a
# pkg-config file parley.pc. tests/install/ builds an external project against the result.
include(CMakePackageConfigHelpers)

set(PARLEY_MODULES model svg io analysis negotiation tournament forecast evidence report elicitation)
set(PARLEY_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/parley)

foreach(module ${PARLEY_MODULES})
  set_target_properties(parley_${module} PROPERTIES EXPORT_NAME ${module})
  add_library(parley::${module} ALIAS parley_${module})
endforeach()
# One target for everything: what most users link.
add_library(parley_all INTERFACE)
set_target_properties(parley_all PROPERTIES EXPORT_NAME parley)
target_link_libraries(parley_all INTERFACE parley_report parley_tournament parley_elicitation)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/parley DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
list(TRANSFORM PARLEY_MODULES PREPEND parley_ OUTPUT_VARIABLE parley_module_targets)
install(TARGETS ${parley_module_targets} parley_all EXPORT parleyTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS parley RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(EXPORT parleyTargets NAMESPACE parley:: DESTINATION ${PARLEY_INSTALL_CMAKEDIR})

set(PARLEY_HAVE_MPI ${MPI_CXX_FOUND})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/parleyConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/parleyConfig.cmake
                              INSTALL_DESTINATION ${PARLEY_INSTALL_CMAKEDIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/parleyConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/parleyConfig.cmake ${PROJECT_BINARY_DIR}/parleyConfigVersion.cmake
        DESTINATION ${PARLEY_INSTALL_CMAKEDIR})

# pkg-config: static libraries, so the dependencies are public (Requires, not Requires.private).
# GLPK has no pkg-config file: it goes into Libs (parley.pc.in) as -lglpk.
set(PARLEY_PC_REQUIRES "yaml-cpp pugixml nlohmann_json fmt tbb icu-uc icu-i18n re2 libcrypto")
if(MPI_CXX_FOUND)
  string(APPEND PARLEY_PC_REQUIRES " ompi-cxx")
endif()
# Relocatable: the prefix is found from where parley.pc lies, so `--prefix DIR` needs no reconfigure.
string(REGEX REPLACE "[^/]+" ".." PARLEY_PC_TO_PREFIX "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
configure_file(${PROJECT_SOURCE_DIR}/cmake/parley.pc.in ${PROJECT_BINARY_DIR}/parley.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/parley.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
