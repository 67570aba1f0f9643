# awk -v k=K -v out=OUTPUT -f make-mutant.awk MUTANTS SOLUTION
#
# Writes the K-th mutant (counting from 1) of MUTANTS applied to SOLUTION. A mutant is
#   mutant N.k function: what is wrong, in words
#   - text of the reference solution
#   + the text that replaces it
# with one or more -/+ pairs; each "-" text is looked for in the function's definition (from
# the line that defines `function` at the start of a line to the next "}" there) and its first
# occurrence is replaced. Lines starting with "#" and blank lines are ignored.
function fail(message) { print "make-mutant: " message > "/dev/stderr"; failed = 1; exit 1 }
FNR == NR {
  if ($0 ~ /^mutant /) {
    ++count
    if (count == k) { function_name = $3; sub(/:$/, "", function_name); pairs = 0 }
    next
  }
  if (count != k) next
  if ($0 ~ /^- /) { removed[++pairs] = substr($0, 3); added[pairs] = ""; next }
  if ($0 ~ /^\+ /) { added[pairs] = substr($0, 3); next }
  if ($0 == "+") { added[pairs] = ""; next }
  next
}
FNR == 1 {
  if (count < k) fail("there is no mutant " k " in " ARGV[1])
  if (pairs == 0) fail("mutant " k " changes nothing")
}
{ line[FNR] = $0; lines = FNR }
END {
  if (failed) exit 1
  start = 0
  for (i = 1; i <= lines; ++i) {
    if (line[i] ~ ("^[^ \t#/].*[^A-Za-z0-9_]" function_name "\\(") && line[i] !~ /;[ \t]*$/) { start = i; break }
  }
  if (!start) fail("no definition of " function_name " in " ARGV[2])
  for (p = 1; p <= pairs; ++p) {
    found = 0
    for (i = start; i <= lines; ++i) {
      at = index(line[i], removed[p])
      if (at) {
        line[i] = substr(line[i], 1, at - 1) added[p] substr(line[i], at + length(removed[p]))
        found = 1
        break
      }
      if (i > start && line[i] ~ /^}/) break
    }
    if (!found) fail("mutant " k ": \"" removed[p] "\" is not in " function_name " of " ARGV[2])
  }
  for (i = 1; i <= lines; ++i) print line[i] > out
  close(out)
}
