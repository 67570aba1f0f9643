# awk -v out=OUTPUT -f make-mutants.awk MUTANTS SOLUTION
#
# Writes every wrong answer of MUTANTS into one copy of SOLUTION; the environment variable
# NN_MUTANT=K picks the K-th (counting from 1) when the program runs, and without it the
# program is the reference solution. A mutant is
#   mutant N.k function: what is wrong, in words
#   - text of the reference solution
#   + the text that replaces it
# with one or more -/+ pairs; each "-" text is looked for in the body of the function's
# definition (from the line that defines `function` at the start of a line to the next "}"
# there) and its first occurrence is replaced. Lines starting with "#" and blank lines are
# ignored.
#
# A function with wrong answers gets one body per answer, chosen at run time:
#   double f(...) {
#     if (nn_mutant() == 1) { <body with mutant 1> } else if ... else { <the reference body> }
#   }
# so a chapter's wrong answers compile once, as one program, instead of one program each.
function fail(message) { print "make-mutants: " message > "/dev/stderr"; failed = 1; exit 1 }

FNR == NR {
  if ($0 ~ /^mutant /) {
    name = $3; sub(/:$/, "", name)
    function_of[++count] = name
    pairs[count] = 0
    next
  }
  if (!count) next
  if ($0 ~ /^- /) { removed[count, ++pairs[count]] = substr($0, 3); added[count, pairs[count]] = ""; next }
  if ($0 ~ /^\+ /) { added[count, pairs[count]] = substr($0, 3); next }
  if ($0 == "+") { added[count, pairs[count]] = ""; next }
  next
}
FNR == 1 {
  if (!count) fail("no mutant in " ARGV[1])
  for (k = 1; k <= count; ++k) if (!pairs[k]) fail("mutant " k " changes nothing")
}
{ line[FNR] = $0; lines = FNR }

# The lines of the first definition of `name`: sets first and last.
function find_definition(name,    i, opens, closes) {
  first = 0
  for (i = 1; i <= lines; ++i) {
    if (line[i] ~ ("^[^ \t#/].*[^A-Za-z0-9_]" name "\\(") && line[i] !~ /;[ \t]*$/) { first = i; break }
  }
  if (!first) fail("no definition of " name " in " ARGV[2])
  opens = gsub(/[{]/, "{", line[first]); closes = gsub(/[}]/, "}", line[first])
  if (opens && opens == closes) { last = first; return }  # a definition on one line
  for (last = first + 1; last <= lines && line[last] !~ /^}/; ++last) {}
  if (last > lines) fail("the definition of " name " in " ARGV[2] " has no closing \"}\" at the start of a line")
}

function join(from, to,    i, text) {
  text = line[from]
  for (i = from + 1; i <= to; ++i) text = text "\n" line[i]
  return text
}

# The body of a definition: what lies between its first "{" and its last "}".
function body_of(text,    open, i) {
  open = index(text, "{")
  for (i = length(text); i > open && substr(text, i, 1) != "}"; --i) {}
  return substr(text, open + 1, i - open - 1)
}

END {
  if (failed) exit 1
  for (k = 1; k <= count; ++k) {
    name = function_of[k]
    if (!(name in definition_of)) {
      find_definition(name)
      owner[first] = name; end_of[name] = last
      definition_of[name] = join(first, last)
      head_of[name] = substr(definition_of[name], 1, index(definition_of[name], "{"))
      reference_body[name] = body_of(definition_of[name])
      tail_of[name] = substr(definition_of[name], length(head_of[name]) + length(reference_body[name]) + 1)
    }
    text = definition_of[name]
    for (p = 1; p <= pairs[k]; ++p) {
      at = index(text, removed[k, p])
      if (!at) fail("mutant " k ": \"" removed[k, p] "\" is not in " name " of " ARGV[2])
      if (at <= length(head_of[name])) fail("mutant " k ": \"" removed[k, p] "\" is in the signature of " name ", not its body")
      text = substr(text, 1, at - 1) added[k, p] substr(text, at + length(removed[k, p]))
    }
    choices[name] = choices[name] (choices[name] == "" ? "\n  if" : " else if") " (nn_mutant() == " k ") {" body_of(text) "}"
  }

  print "// Written by cmake/make-mutants.awk from " ARGV[2] " and " ARGV[1] "." > out
  print "// Every wrong answer at once: NN_MUTANT=K runs the K-th; without it, the reference solution." > out
  print "#include <cstdlib>" > out
  print "#include <string>" > out
  print "namespace {" > out
  print "int nn_mutant() {" > out
  print "  static const int chosen = [] { const char* k = std::getenv(\"NN_MUTANT\"); return k ? std::stoi(k) : 0; }();" > out
  print "  return chosen;" > out
  print "}" > out
  print "}  // namespace" > out
  for (i = 1; i <= lines; ++i) {
    if (!(i in owner)) { print line[i] > out; continue }
    name = owner[i]
    print head_of[name] choices[name] " else {" reference_body[name] "}\n" tail_of[name] > out
    i = end_of[name]
  }
  close(out)
}
