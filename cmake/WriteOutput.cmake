# cmake -D EXE=<program> [-D "ARGS=<arguments separated by spaces>"] -D OUTPUT=<file> -P WriteOutput.cmake
# Runs EXE (with ARGS) and writes what it prints to OUTPUT; fails if EXE fails.
separate_arguments(arguments UNIX_COMMAND "${ARGS}")
execute_process(COMMAND ${EXE} ${arguments} OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${EXE} ${ARGS} exited with ${status}")
endif()
