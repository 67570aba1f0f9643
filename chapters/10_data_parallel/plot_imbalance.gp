# The book's plot for chapter 10: how far naive averaging's weights land from the correct
# ones as two workers' shards grow apart.
# The docs build calls: gnuplot -e "datafile='<csv>'; outfile='<svg>'" plot_imbalance.gp
# with the CSV from `ch10_data_parallel plot-data imbalance`.
set terminal svg size 900,440 dynamic font "sans,12" background rgb "white"
set output outfile
set datafile separator ","
set title "two workers, 1000 steps: the mean of their mean gradients against the mean over all rows"
set xlabel "share of the 130 rows on worker 0"
set ylabel "relative difference of the trained weights"
set logscale y
set format y "10^{%L}"
set xrange [0.48:0.98]
set key bottom right box opaque
set grid
plot datafile using 1:2 with linespoints lw 2 pt 7 title "half MSE (the question's loss)", \
     ''       using 1:3 with linespoints lw 2 pt 5 title "softmax cross-entropy"
