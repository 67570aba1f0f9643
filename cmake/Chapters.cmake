# Chapter discovery: every folder chapters/NN_slug/ is a chapter, in the order of NN.
# Nothing else lists the chapters: tests, the book and the tour all read NN_CHAPTERS.
#
# A chapter folder holds:
#   main.cpp             the runnable chapter, built as the executable chNN_slug
#   chapter.md           its page of the book
#   expected_output.txt  what `chNN_slug` prints with no flags (shown in the book, compared by a test)
#   exercises.hpp        the exercises' signatures, each with its points
#   solution.cpp         the reference solutions (not in the student edition)
#   homework.cpp         the student's stubs (graded instead of solution.cpp when NN_HOMEWORK=ON)
# and may hold
#   answer_key.md        the answers to the page's questions on paper (not in the student edition)
#   CMakeLists.txt       what this chapter needs beyond nn::common, such as another library to
#                        link; it runs after the chapter's targets are made, with ${target} the
#                        executable's name (the exercises are ${target}_homework and
#                        ${target}_solution, object libraries)
# and its tests live in tests/chapters/NN_slug.cpp, its graders in tests/exercises/NN_slug.cpp
# and the wrong answers they must reject in tests/exercises/NN_slug.mutants.

set(NN_HOMEWORK_DIR "" CACHE PATH
  "Grade the homework.cpp files of a submission, DIR/NN_slug/homework.cpp, instead of chapters/ (scripts/grade --submission DIR)")

set(NN_CHAPTER_FILES main.cpp chapter.md expected_output.txt exercises.hpp homework.cpp)
if(NOT NN_EDITION STREQUAL "student")
  list(APPEND NN_CHAPTER_FILES solution.cpp)
endif()

file(GLOB chapter_dirs LIST_DIRECTORIES true CONFIGURE_DEPENDS
  RELATIVE ${PROJECT_SOURCE_DIR}/chapters ${PROJECT_SOURCE_DIR}/chapters/*)
list(SORT chapter_dirs)

set(NN_CHAPTERS "")
foreach(dir IN LISTS chapter_dirs)
  if(NOT IS_DIRECTORY ${PROJECT_SOURCE_DIR}/chapters/${dir})
    continue()
  endif()
  if(NOT dir MATCHES "^([0-9][0-9])_([a-z0-9_]+)$")
    message(FATAL_ERROR "chapters/${dir}: a chapter folder is named NN_slug (two digits, then lower-case words)")
  endif()
  foreach(file IN LISTS NN_CHAPTER_FILES)
    if(NOT EXISTS ${PROJECT_SOURCE_DIR}/chapters/${dir}/${file})
      message(FATAL_ERROR "chapters/${dir} has no ${file}; every chapter needs: ${NN_CHAPTER_FILES}")
    endif()
  endforeach()
  list(APPEND NN_CHAPTERS ${dir})
endforeach()
if(NOT NN_CHAPTERS)
  message(FATAL_ERROR "no chapters found under ${PROJECT_SOURCE_DIR}/chapters")
endif()

# chapter_target(<var> <dir>): the executable's name for a chapter folder, "01_error_vector" -> "ch01_error_vector".
function(chapter_target var dir)
  set(${var} ch${dir} PARENT_SCOPE)
endfunction()

# chapter_label(<var> <dir>): the chapter's short name, its tests' label, "01_error_vector" -> "ch01".
function(chapter_label var dir)
  string(SUBSTRING ${dir} 0 2 number)
  set(${var} ch${number} PARENT_SCOPE)
endfunction()

# A chapter's main.cpp is built so that an edit to it rebuilds in a few seconds: Armadillo and
# CLI11, its two expensive includes, are precompiled, and a release build optimizes it with
# -Og, which compiles in about half the time of -O2. Its work is done by the library (-O2) and
# BLAS; measured side by side, the chapters ran within 2% of their -O2 times.
set(NN_CHAPTER_OPTIMIZATION "-Og" CACHE STRING "The optimization of the chapters' main.cpp in a release build")
add_library(nn_chapter_options INTERFACE)
target_compile_options(nn_chapter_options INTERFACE $<$<CONFIG:Release>:${NN_CHAPTER_OPTIMIZATION}>)
file(CONFIGURE OUTPUT ${CMAKE_BINARY_DIR}/chapter_pch.cpp CONTENT "// Builds the chapters' precompiled header.\n")
add_library(nn_chapter_pch OBJECT ${CMAKE_BINARY_DIR}/chapter_pch.cpp)
target_link_libraries(nn_chapter_pch PUBLIC nn::common PRIVATE nn_project_options nn_chapter_options)
target_precompile_headers(nn_chapter_pch PRIVATE <armadillo> <CLI/CLI.hpp>)

foreach(dir IN LISTS NN_CHAPTERS)
  chapter_target(target ${dir})
  set(source_dir ${PROJECT_SOURCE_DIR}/chapters/${dir})

  add_executable(${target} ${source_dir}/main.cpp)
  target_link_libraries(${target} PRIVATE nn::common nn_project_options nn_chapter_options)
  target_precompile_headers(${target} REUSE_FROM nn_chapter_pch)

  # The exercises, compiled once and linked into each grader that needs them: the student's
  # stubs (homework.cpp, or a submission's: NN_HOMEWORK_DIR) and, but in the student edition,
  # the reference solutions.
  set(homework ${source_dir}/homework.cpp)
  foreach(submitted ${NN_HOMEWORK_DIR}/${dir}/homework.cpp ${NN_HOMEWORK_DIR}/chapters/${dir}/homework.cpp)
    if(NN_HOMEWORK_DIR AND EXISTS ${submitted})
      set(homework ${submitted})
      break()
    endif()
  endforeach()
  set(solution ${source_dir}/solution.cpp)
  foreach(answers homework solution)
    if(EXISTS ${${answers}})
      add_library(${target}_${answers} OBJECT ${${answers}})
      target_include_directories(${target}_${answers} PUBLIC ${source_dir})
      target_link_libraries(${target}_${answers} PRIVATE nn::common nn_project_options)
      target_precompile_headers(${target}_${answers} REUSE_FROM nn_common)
    endif()
  endforeach()

  if(EXISTS ${source_dir}/CMakeLists.txt)
    add_subdirectory(${source_dir} ${CMAKE_BINARY_DIR}/chapters/${dir})
  endif()
endforeach()

# The tour: every chapter once, in order.
set(tour_commands "")
foreach(dir IN LISTS NN_CHAPTERS)
  chapter_target(target ${dir})
  list(APPEND tour_commands COMMAND ${CMAKE_COMMAND} -E echo "===== ${target} =====" COMMAND ${target})
endforeach()
add_custom_target(tour ${tour_commands} USES_TERMINAL COMMENT "Running every chapter in order")

# Rewrites every chapter's expected_output.txt from its current output: run it when a
# change to a chapter's output is intended, and read the diff before committing.
set(update_commands "")
foreach(dir IN LISTS NN_CHAPTERS)
  chapter_target(target ${dir})
  list(APPEND update_commands COMMAND ${CMAKE_COMMAND} -D EXE=$<TARGET_FILE:${target}>
       -D OUTPUT=${PROJECT_SOURCE_DIR}/chapters/${dir}/expected_output.txt -P ${PROJECT_SOURCE_DIR}/cmake/WriteOutput.cmake)
endforeach()
add_custom_target(update-expected ${update_commands} COMMENT "Rewriting chapters/*/expected_output.txt")
