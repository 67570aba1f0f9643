# The book's plot for chapter 6: the loss and the metrics of one training run, per iteration.
# The docs build calls: gnuplot -e "datafile='<csv>'; outfile='<svg>'" plot_tracking.gp
# with the CSV from `ch06_metrics plot-data tracking`.
set terminal svg size 900,420 dynamic font "sans,12" background rgb "white"
set output outfile
set datafile separator ","
set key autotitle columnhead
set multiplot layout 1,2
set grid lc rgb "#dddddd"
set xlabel "iteration"

set title "softmax cross-entropy (the loss)"
set logscale y
set yrange [0.05:2]
plot datafile every 5 using 1:2 with lines lw 2 lc rgb "#1f77b4" title "training", \
     ''       every 5 using 1:3 with lines lw 2 lc rgb "#ff7f0e" title "test"

set title "metrics"
unset logscale y
set yrange [0:1.05]
set key bottom right
plot datafile every 5 using 1:4 with lines lw 2 lc rgb "#1f77b4" title "training accuracy", \
     ''       every 5 using 1:5 with lines lw 2 lc rgb "#ff7f0e" title "test accuracy", \
     ''       every 5 using 1:6 with lines lw 2 dt 2 lc rgb "#2ca02c" title "test macro F1"
unset multiplot
