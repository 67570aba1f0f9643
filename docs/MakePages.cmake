# cmake -D SOURCE_DIR=... -D PAGES_DIR=... -D CHAPTERS=01_a,02_b -P MakePages.cmake
#
# Writes the book's pages from the one list of chapters: the main page with the route
# through the chapters (docs/mainpage.md's @ROUTE@ line), and each chapter's page with
# links to the previous and the next chapter at its foot.
string(REPLACE "," ";" chapters "${CHAPTERS}")
file(REMOVE_RECURSE ${PAGES_DIR})

# A chapter page starts with its title and the label the links use: "# Title {#chNN_slug}".
function(check_title dir)
  file(STRINGS ${SOURCE_DIR}/chapters/${dir}/chapter.md first LIMIT_COUNT 1)
  if(NOT first MATCHES "^# .+ {#ch${dir}}$")
    message(FATAL_ERROR "chapters/${dir}/chapter.md must start with the line: # <title> {#ch${dir}}")
  endif()
endfunction()

set(route "")
list(LENGTH chapters count)
math(EXPR last "${count} - 1")
foreach(i RANGE ${last})
  list(GET chapters ${i} dir)
  check_title(${dir})
  string(APPEND route "- \\ref ch${dir}\n")  # a link, not a subpage: chapters stay top-level pages, listed in the sidebar

  set(nav "")
  if(i GREATER 0)
    math(EXPR previous "${i} - 1")
    list(GET chapters ${previous} previous_dir)
    string(APPEND nav "Previous: \\ref ch${previous_dir}")
  endif()
  if(nav)
    string(APPEND nav " &nbsp;&middot;&nbsp; ")
  endif()
  if(i LESS last)
    math(EXPR next "${i} + 1")
    list(GET chapters ${next} next_dir)
    string(APPEND nav "Next: \\ref ch${next_dir}")
  else()
    string(APPEND nav "Next: \\ref answers")  # the closing page, docs/answers.md
  endif()
  file(READ ${SOURCE_DIR}/chapters/${dir}/chapter.md page)
  file(WRITE ${PAGES_DIR}/${dir}.md "${page}\n<hr>\n${nav}\n")
endforeach()

# The closing page answers the learner's questions, after the last chapter.
string(APPEND route "- \\ref answers\n")
list(GET chapters ${last} last_dir)
file(READ ${SOURCE_DIR}/docs/answers.md answers)
file(WRITE ${PAGES_DIR}/99_answers.md "${answers}\n<hr>\nPrevious: \\ref ch${last_dir}\n")

file(READ ${SOURCE_DIR}/docs/mainpage.md main)
string(REPLACE "@ROUTE@" "${route}" main "${main}")
file(WRITE ${PAGES_DIR}/00_mainpage.md "${main}")
