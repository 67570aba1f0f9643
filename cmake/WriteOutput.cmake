# cmake -D EXE=<program> -D OUTPUT=<file> -P WriteOutput.cmake
# Runs EXE with no arguments and writes what it prints to OUTPUT; fails if EXE fails.
execute_process(COMMAND ${EXE} OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${EXE} exited with ${status}")
endif()
