# Which edition this tree is: "teacher" (the repository, with the answers) or "student" (what
# scripts/student-edition writes, with every graded answer left out).
set(NN_EDITION teacher)
