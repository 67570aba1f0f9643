# Chapter 10's training runs under mpirun
# in CI: one case per number of processes, each comparing the real processes with the same
# workers played in one process. As root, Open MPI refuses to start without the two
# OMPI_ALLOW_* variables; on a machine with fewer cores than processes it needs --oversubscribe.
# One mpirun at a time (RESOURCE_LOCK): two started together by a parallel ctest have failed
# now and then on a loaded two-core machine. The four take about 12 s one after another but
# little processor time (Open MPI yields when oversubscribed), so a high COST starts them
# first, beside the tests that keep the processors busy, even on a first run that has no
# CTestCostData.txt to go by.
target_compile_definitions(test_${label} PRIVATE NN_MPIEXEC="${MPIEXEC_EXECUTABLE}")
foreach(processes RANGE 1 4)
  set(name "${label}: under mpirun -np ${processes}, the processes train the single-process weights")
  add_test(NAME "${name}" COMMAND test_${label} "[.mpirun]")
  set_tests_properties("${name}" PROPERTIES LABELS ${label}
    ENVIRONMENT "NN_MPIRUN_PROCESSES=${processes};OMPI_ALLOW_RUN_AS_ROOT=1;OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1;ASAN_OPTIONS=detect_leaks=0"
    TIMEOUT 120 RESOURCE_LOCK mpirun COST 1000)
endforeach()
