# awk -v out=OUTPUT -f strip-answers.awk SOURCE SOURCE
#
# The student edition's copy of a library source: every graded answer, the lines from
#   // answer: Exercise N.k (name)
# to
#   // end of answer
# becomes one line that throws nn::AnswerLeftOut. The stubbed function may leave parameters
# and helpers unused, so the file starts by silencing those warnings. (SOURCE is read twice:
# the first pass only looks for answers.)
FNR == NR { if ($0 ~ /\/\/ answer: Exercise /) answers = 1; next }
FNR == 1 && answers {
  print "#pragma GCC diagnostic ignored \"-Wunused-parameter\"" > out
  print "#pragma GCC diagnostic ignored \"-Wunused-function\"" > out
  print "#pragma GCC diagnostic ignored \"-Wunused-variable\"" > out
  print "#pragma GCC diagnostic ignored \"-Wunused-but-set-variable\"" > out
  print "#include \"nn/core/left_out.hpp\"" > out
}
/\/\/ answer: Exercise / {
  if (inside) { print FILENAME ":" FNR ": an answer inside an answer" > "/dev/stderr"; failed = 1; exit 1 }
  match($0, /^[ \t]*/)
  exercise = $0
  sub(/^.*\/\/ answer: /, "", exercise)
  print substr($0, 1, RLENGTH) "throw nn::AnswerLeftOut(\"" exercise "\");" > out
  inside = 1
  next
}
/\/\/ end of answer/ { inside = 0; next }
!inside { print > out }
END {
  if (!failed && inside) { print FILENAME ": an answer without its \"// end of answer\"" > "/dev/stderr"; exit 1 }
  if (failed) exit 1
  if (!answers) { printf "" > out }
  close(out)
}
