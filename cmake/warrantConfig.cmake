# find_package(warrant): the installed engine as the imported target warrant::engine.
# Its public headers need only Boost.Graph and the standard library; the libraries below are
# what the static engine links against privately, found here so that a user names none of them.
include(CMakeFindDependencyMacro)
find_dependency(Boost 1.74 COMPONENTS graph)
find_dependency(Threads)
find_dependency(absl)
find_dependency(nlohmann_json 3.10)
find_dependency(yaml-cpp)
find_dependency(pugixml)
find_dependency(PkgConfig)
pkg_check_modules(GRAPHVIZ REQUIRED IMPORTED_TARGET libcgraph libgvc)
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
include(${CMAKE_CURRENT_LIST_DIR}/warrantTargets.cmake)
