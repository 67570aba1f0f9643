# The graders: tests/exercises/NN_slug.cpp, one Catch2 test case per exercise, named
# "Exercise N.k: function". Each chapter's graders are compiled once, then linked with the
# answers being graded:
#   grade_chNN           the reference solutions, or the student's homework.cpp in homework mode
#                        (label chNN-exercises: what scripts/grade runs)
# and, in the teacher's build only:
#   grade_chNN_stubs     the untouched stubs: every exercise must fail, saying it is not done yet
#   grade_chNN_edition   the solutions with the student edition's library, whose answers throw:
#                        every exercise must pass, so no grader needs what the edition leaves out
#   grade_chNN_mutants   every plausible wrong answer of tests/exercises/NN_slug.mutants in one
#                        program (cmake/make-mutants.awk writes it); NN_MUTANT=K runs the K-th,
#                        whose exercise must fail (label mutants)
set(NN_GRADER_TIMEOUT 20 CACHE STRING "Seconds an exercise's grader may run: one that hangs scores 0")

# nn_grader(<name> <label> <answers object library> [more objects...])
function(nn_grader name label answers)
  add_executable(${name} $<TARGET_OBJECTS:grader_${label}> $<TARGET_OBJECTS:${answers}> ${ARGN})
  target_link_libraries(${name} PRIVATE nn::common nn_test_support Catch2::Catch2WithMain nn_test_options)
endfunction()

# A wrong answer is rejected when exactly one test case ran, and it failed. Catch2 pads the
# counts to the width of the assertions' and then also prints "0 passed":
# "test cases:  1 |  0 passed | 1 failed".
set(rejected "test cases: +1 \\|( +0 passed \\|)? +1 failed")
if(NN_SANITIZE)
  # A wrong answer that reads past the end of a vector (or does other undefined behaviour) is
  # stopped by the sanitizers before its grader can fail it: that crash, which would score 0,
  # rejects it too.
  list(APPEND rejected "ERROR: AddressSanitizer" "runtime error: ")
endif()

set(NN_MUTANT_COUNT 0)
foreach(dir IN LISTS NN_CHAPTERS)
  chapter_target(chapter ${dir})
  chapter_label(label ${dir})
  if(NOT EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/exercises/${dir}.cpp)
    message(FATAL_ERROR "chapter ${dir} has no graders, tests/exercises/${dir}.cpp")
  endif()

  add_library(grader_${label} OBJECT exercises/${dir}.cpp)
  target_include_directories(grader_${label} PRIVATE ${PROJECT_SOURCE_DIR}/chapters/${dir})
  target_link_libraries(grader_${label} PRIVATE nn::common nn_test_support Catch2::Catch2 nn_test_options)
  target_precompile_headers(grader_${label} REUSE_FROM nn_test_pch)

  if(NN_HOMEWORK)
    nn_grader(grade_${label} ${label} ${chapter}_homework)
  else()
    nn_grader(grade_${label} ${label} ${chapter}_solution)
  endif()
  catch_discover_tests(grade_${label} TEST_SPEC "[exercise]" TEST_PREFIX "${label}: "
                       PROPERTIES LABELS ${label}-exercises TIMEOUT ${NN_GRADER_TIMEOUT})
  if(NN_HOMEWORK)
    continue()
  endif()

  nn_grader(grade_${label}_stubs ${label} ${chapter}_homework)
  set(name "homework: ${label}'s untouched stubs fail every exercise, each saying it is not done")
  add_test(NAME "${name}"
           COMMAND ${CMAKE_COMMAND} -D GRADER=$<TARGET_FILE:grade_${label}_stubs> -P ${PROJECT_SOURCE_DIR}/cmake/CheckStubs.cmake)
  set_tests_properties("${name}" PROPERTIES LABELS homework)

  if(TARGET nn_common_student_parts)
    nn_grader(grade_${label}_edition ${label} ${chapter}_solution $<TARGET_OBJECTS:nn_common_student_parts>)
    set(name "homework: ${label}'s graders pass the solutions on the student edition's library")
    add_test(NAME "${name}" COMMAND grade_${label}_edition "[exercise]")
    set_tests_properties("${name}" PROPERTIES LABELS homework)
  endif()

  set(mutants ${CMAKE_CURRENT_SOURCE_DIR}/exercises/${dir}.mutants)
  if(NOT EXISTS ${mutants})
    message(FATAL_ERROR "chapter ${dir} has no wrong answers for its graders, tests/exercises/${dir}.mutants")
  endif()
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${mutants})
  set(source ${CMAKE_CURRENT_BINARY_DIR}/mutants/${label}_mutants.cpp)
  add_custom_command(OUTPUT ${source}
    COMMAND awk -v out=${source} -f ${PROJECT_SOURCE_DIR}/cmake/make-mutants.awk
            ${mutants} ${PROJECT_SOURCE_DIR}/chapters/${dir}/solution.cpp
    DEPENDS ${mutants} ${PROJECT_SOURCE_DIR}/chapters/${dir}/solution.cpp ${PROJECT_SOURCE_DIR}/cmake/make-mutants.awk
    COMMENT "Writing the wrong answers to ${label}'s exercises")
  add_library(${label}_mutants OBJECT ${source})
  target_include_directories(${label}_mutants PRIVATE ${PROJECT_SOURCE_DIR}/chapters/${dir})
  target_link_libraries(${label}_mutants PRIVATE nn::common nn_project_options)
  target_compile_options(${label}_mutants PRIVATE -w)  # a wrong answer may well warn
  target_precompile_headers(${label}_mutants REUSE_FROM nn_common)
  nn_grader(grade_${label}_mutants ${label} ${label}_mutants)
  set(name "mutants: ${label}'s program of wrong answers, with none chosen, passes every exercise")
  add_test(NAME "${name}" COMMAND grade_${label}_mutants "[exercise]")
  set_tests_properties("${name}" PROPERTIES LABELS mutants ENVIRONMENT NN_MUTANT=0 TIMEOUT ${NN_GRADER_TIMEOUT})

  file(READ ${mutants} text)
  string(REGEX MATCHALL "(^|\n)mutant [0-9]+\\.[0-9]+ [a-z_0-9]+:[^\n;]*" headers "${text}")
  set(k 0)
  foreach(header IN LISTS headers)
    math(EXPR k "${k} + 1")
    string(REGEX MATCH "mutant ([0-9]+\\.[0-9]+) ([a-z_0-9]+): *(.*)" _ "${header}")
    set(exercise ${CMAKE_MATCH_1})
    set(name "mutants: ${label} #${k}, Exercise ${exercise} (${CMAKE_MATCH_2}) rejects: ${CMAKE_MATCH_3}")
    add_test(NAME "${name}" COMMAND grade_${label}_mutants "Exercise ${exercise}:*")
    set_tests_properties("${name}" PROPERTIES LABELS mutants ENVIRONMENT NN_MUTANT=${k}
                         PASS_REGULAR_EXPRESSION "${rejected}" TIMEOUT ${NN_GRADER_TIMEOUT})
  endforeach()
  math(EXPR NN_MUTANT_COUNT "${NN_MUTANT_COUNT} + ${k}")
endforeach()
if(NOT NN_HOMEWORK)
  message(STATUS "Graders: ${NN_MUTANT_COUNT} wrong answers to reject")
endif()
