# cmake -D SOURCE_DIR=... -D BINARY_DIR=... -D GENERATOR=... -D TARGETS=test_ch01,... -P CheckHomework.cmake
#
# Proves the homework switch works both ways: with NN_HOMEWORK=ON the graded tests are
# built against the untouched stubs, and every one of them must fail, each with its
# "Exercise N.k (...) is not done yet" message rather than a crash.
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "failed: ${ARGN}\n${out}")
  endif()
endfunction()

run(${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${BINARY_DIR} -G ${GENERATOR}
    -D CMAKE_BUILD_TYPE=Release -D NN_HOMEWORK=ON -D NN_BOOK=OFF -D NN_WARNINGS_AS_ERRORS=ON)
string(REPLACE "," ";" targets "${TARGETS}")
run(${CMAKE_COMMAND} --build ${BINARY_DIR} --target ${targets})  # the graders, and what they need

execute_process(COMMAND ${CMAKE_CTEST_COMMAND} --test-dir ${BINARY_DIR} -N -L exercises OUTPUT_VARIABLE listing)
string(REGEX MATCH "Total Tests: ([0-9]+)" _ "${listing}")
set(total ${CMAKE_MATCH_1})
if(NOT total GREATER 0)
  message(FATAL_ERROR "the homework build has no graded exercises:\n${listing}")
endif()

execute_process(COMMAND ${CMAKE_CTEST_COMMAND} --test-dir ${BINARY_DIR} -L exercises --output-on-failure
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
# Catch2 wraps long messages over lines: join them before looking for each exercise's.
string(REGEX REPLACE "[ \t\r\n]+" " " joined "${out}")
string(REGEX MATCHALL "Exercise [0-9]+\\.[0-9]+ \\([a-z_0-9]+\\) is not done yet" messages "${joined}")
list(REMOVE_DUPLICATES messages)
list(LENGTH messages explained)
string(REGEX MATCH "([0-9]+) tests failed out of ([0-9]+)" _ "${out}")
set(failed ${CMAKE_MATCH_1})

if(status EQUAL 0 OR NOT failed EQUAL total OR NOT explained EQUAL total)
  message(FATAL_ERROR "expected all ${total} graded exercises to fail with 'not done yet'; "
                      "${failed} failed and ${explained} said why:\n${out}")
endif()
message(STATUS "homework mode: all ${total} graded exercises fail on the untouched stubs, each saying why")
