# Every dependency is a Debian 12 package (scripts/setup installs them); nothing is downloaded.

# Armadillo: CMake's FindArmadillo gives variables but no target, so wrap them in one.
find_package(Armadillo 11 REQUIRED)
add_library(nn_armadillo INTERFACE)
add_library(nn::armadillo ALIAS nn_armadillo)
target_include_directories(nn_armadillo SYSTEM INTERFACE ${ARMADILLO_INCLUDE_DIRS})
target_link_libraries(nn_armadillo INTERFACE ${ARMADILLO_LIBRARIES})

find_package(CLI11 2 REQUIRED)   # command-line flags of every chapter

# Open MPI (libopenmpi-dev): only the distributed part of common/ (nn::distributed) links it.
find_package(MPI REQUIRED COMPONENTS CXX)

if(NN_TESTS)
  find_package(Catch2 2 REQUIRED)
  include(Catch)
endif()
