# The book's plot for chapter 5: training loss and accuracy of the three runs.
# The docs build calls: gnuplot -e "datafile='<csv>'; outfile='<svg>'" plot_curves.gp
# with the CSV from `ch05_cross_entropy plot-data curves`.
set terminal svg size 900,420 dynamic font "sans,12" background rgb "white"
set output outfile
set datafile separator ","
set key autotitle columnhead
set multiplot layout 1,2
set grid lc rgb "#dddddd"
set xlabel "iteration"

set title "training loss (each on its own scale)"
set logscale y
plot datafile every 5 using 1:2 with lines lw 2 lc rgb "#d62728" title "(1/2) MSE, sigmoid", \
     ''       every 5 using 1:4 with lines lw 2 lc rgb "#1f77b4" title "BCE, sigmoid", \
     ''       every 5 using 1:6 with lines lw 2 lc rgb "#2ca02c" title "softmax CE"

set title "training accuracy"
unset logscale y
set yrange [0:1.05]
set key bottom right
plot datafile every 5 using 1:3 with lines lw 2 lc rgb "#d62728" title "(1/2) MSE, sigmoid", \
     ''       every 5 using 1:5 with lines lw 2 lc rgb "#1f77b4" title "BCE, sigmoid", \
     ''       every 5 using 1:7 with lines lw 2 lc rgb "#2ca02c" title "softmax CE"
unset multiplot
