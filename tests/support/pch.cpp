// Compiles the test suite's precompiled header (<armadillo> and Catch2) once.
