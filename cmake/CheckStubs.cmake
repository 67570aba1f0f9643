# cmake -D GRADER=<grade_chNN_stubs> -P CheckStubs.cmake
#
# The graders linked with the untouched stubs: every exercise must fail, and each with its
# "Exercise N.k (name) is not done yet" message rather than a crash or a wrong comparison.
execute_process(COMMAND ${GRADER} --list-test-names-only "[exercise]" OUTPUT_VARIABLE listing)
string(REGEX MATCHALL "Exercise [0-9]+\\.[0-9]+:" exercises "${listing}")
list(LENGTH exercises total)
if(total EQUAL 0)
  message(FATAL_ERROR "${GRADER} grades no exercise:\n${listing}")
endif()
execute_process(COMMAND ${GRADER} "[exercise]" RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
string(REGEX REPLACE "[ \t\r\n]+" " " joined "${out}")  # Catch2 wraps long messages over lines
string(REGEX MATCHALL "Exercise [0-9]+\\.[0-9]+ \\([a-z_0-9]+\\) is not done yet" messages "${joined}")
list(REMOVE_DUPLICATES messages)
list(LENGTH messages explained)
if(status EQUAL 0 OR NOT joined MATCHES "test cases: +${total} \\|( +0 passed \\|)? +${total} failed" OR NOT explained EQUAL total)
  message(FATAL_ERROR "expected all ${total} exercises to fail with 'not done yet'; ${explained} said so:\n${out}")
endif()
message(STATUS "all ${total} exercises fail on the untouched stubs, each saying it is not done yet")
