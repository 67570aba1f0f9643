# The book's plot for chapter 3: the line each loss fits to the data with one outlier.
# The docs build calls: gnuplot -e "datafile='<csv>'; outfile='<svg>'" plot_outlier.gp
# with the CSV from `ch03_mse_gradient plot-data outlier`.
set terminal svg size 700,420 dynamic font "sans,12" background rgb "white"
set output outfile
set datafile separator ","
set grid lc rgb "#dddddd"
set key top left
set xlabel "x"
set ylabel "y"
set title "20 points around y = 2x + 1, the last moved up by 10"
plot datafile using 1:2 with points pt 7 ps 0.8 lc rgb "#444444" title "data", \
     ''       using 1:3 with lines lw 2 lc rgb "#d62728" title "mse's line", \
     ''       using 1:4 with lines lw 2 lc rgb "#1f77b4" title "mae's line", \
     ''       using 1:5 with lines lw 2 dt 2 lc rgb "#2ca02c" title "huber's line"
