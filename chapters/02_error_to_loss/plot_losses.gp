# The book's plot for chapter 2: each loss of one prediction, and its derivative, against the error.
# The docs build calls: gnuplot -e "datafile='<csv>'; outfile='<svg>'" plot_losses.gp
# with the CSV from `ch02_error_to_loss plot-data losses` (Huber's delta 1, the quantile loss's tau 0.9).
set terminal svg size 900,400 dynamic font "sans,12" background rgb "white"
set output outfile
set datafile separator ","
set multiplot layout 1,2
set grid lc rgb "#dddddd"
set xlabel "error e = prediction - target"
set key top center

set title "the loss of one prediction"
set yrange [0:5]
plot datafile using 1:2 with lines lw 2 lc rgb "#d62728" title "mse: e^2", \
     ''       using 1:4 with lines lw 2 lc rgb "#1f77b4" title "mae: |e|", \
     ''       using 1:6 with lines lw 2 lc rgb "#2ca02c" title "huber", \
     ''       using 1:8 with lines lw 2 lc rgb "#9467bd" title "quantile"

set title "its derivative: what the backward pass starts from"
set yrange [-3.5:3.5]
set key top left
plot datafile using 1:3 with lines lw 2 lc rgb "#d62728" title "mse: 2e", \
     ''       using 1:5 with lines lw 2 lc rgb "#1f77b4" title "mae: sign(e)", \
     ''       using 1:7 with lines lw 2 lc rgb "#2ca02c" title "huber: e clipped to [-1, 1]", \
     ''       using 1:9 with lines lw 2 lc rgb "#9467bd" title "quantile: -0.9 or 0.1"
unset multiplot
