# Every dependency is a Debian 12 package (scripts/setup installs them); nothing is downloaded.

# Armadillo: CMake's FindArmadillo gives variables but no target, so wrap them in one.
# Armadillo calls BLAS and LAPACK (OpenBLAS, through Debian's alternatives) directly instead of
# through its run-time wrapper, libarmadillo.so, which also loads ARPACK and SuperLU, the
# sparse solvers no code here uses: chapter 5 starts and refuses a bad flag about 20% sooner.
find_package(Armadillo 11 REQUIRED)
set(BLA_VENDOR Generic)  # libblas.so.3 and liblapack.so.3, as libarmadillo.so itself links them
find_package(BLAS REQUIRED)
find_package(LAPACK REQUIRED)
add_library(nn_armadillo INTERFACE)
add_library(nn::armadillo ALIAS nn_armadillo)
target_include_directories(nn_armadillo SYSTEM INTERFACE ${ARMADILLO_INCLUDE_DIRS})
target_compile_definitions(nn_armadillo INTERFACE ARMA_DONT_USE_WRAPPER ARMA_DONT_USE_ARPACK ARMA_DONT_USE_SUPERLU)
target_link_libraries(nn_armadillo INTERFACE LAPACK::LAPACK BLAS::BLAS)

find_package(CLI11 2 REQUIRED)   # command-line flags of every chapter

# Open MPI (libopenmpi-dev): only the distributed part of common/ (nn::distributed) links it.
find_package(MPI REQUIRED COMPONENTS CXX)

if(NN_TESTS)
  find_package(Catch2 2 REQUIRED)
  include(Catch)
endif()
