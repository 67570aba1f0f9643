# The book's plot for chapter 5: the sigmoid's slope, and what it does to the squared error's gradient.
# The docs build calls: gnuplot -e "datafile='<csv>'; outfile='<svg>'" plot_slope.gp
# with the CSV from `ch05_cross_entropy plot-data slope` (one output, target 1).
set terminal svg size 900,380 dynamic font "sans,12" background rgb "white"
set output outfile
set datafile separator ","
set multiplot layout 1,2
set grid lc rgb "#dddddd"
set xlabel "logit z"

set title "the sigmoid p = sigma(z) and its slope p (1 - p)"
set yrange [0:1.05]
set key top left
plot datafile using 1:2 with lines lw 2 lc rgb "#444444" title "p", \
     ''       using 1:3 with lines lw 2 lc rgb "#ff7f0e" title "p (1 - p), at most 1/4"

set title "gradient at the logit, target 1"
set yrange [-1.05:0.05]
set key bottom right
plot datafile using 1:4 with lines lw 2 lc rgb "#d62728" title "(1/2) MSE: (p - 1) p (1 - p)", \
     ''       using 1:5 with lines lw 2 lc rgb "#2ca02c" title "cross-entropy: p - 1"
unset multiplot
