# The book's plot for chapter 9: training and validation loss of the overfitting run, with and
# without the L2 penalty, and the iteration early stopping keeps.
# The docs build calls: gnuplot -e "datafile='<csv>'; outfile='<svg>'" plot_overfitting.gp
# with the CSV from `ch09_why_this_loss plot-data overfitting`.
set terminal svg size 900,480 dynamic font "sans,12" background rgb "white"
set output outfile
set datafile separator ","
stats datafile using 7 nooutput name "kept"
set title "16 noisy points, a 1-24-24-1 network: the training loss falls, the validation loss turns"
set xlabel "iteration"
set ylabel "mean squared error"
set logscale y
set yrange [0.03:3]
set key top right
set arrow from kept_max, 0.03 to kept_max, 3 nohead dt 2 lc rgb "black"
set label "early stopping keeps this iteration (no penalty)" at kept_max, 0.04 offset 1,0
plot datafile using 1:2 with lines lw 2 lc rgb "#1f77b4" title "training, no penalty", \
     ''       using 1:3 with lines lw 2 lc rgb "#ff7f0e" title "validation, no penalty", \
     ''       using 1:4 with lines lw 2 dt 2 lc rgb "#1f77b4" title "training, lambda 0.003", \
     ''       using 1:5 with lines lw 2 dt 2 lc rgb "#ff7f0e" title "validation, lambda 0.003"
