# The book's plot for chapter 3: 12 steps at 0.95 and at 1.05 of the largest stable learning rate.
# The docs build calls: gnuplot -e "datafile='<csv>'; outfile='<svg>'" plot_steps.gp
# with the CSV from `ch03_mse_gradient plot-data steps`; both start at slope 0, intercept 0.
set terminal svg size 900,420 dynamic font "sans,12" background rgb "white"
set output outfile
set datafile separator ","
set multiplot layout 1,2
set grid lc rgb "#dddddd"
set xlabel "slope"
set ylabel "intercept"
set key bottom right

set title "0.95 of the stable rate: overshoots, closer each time"
plot datafile using 2:3 with linespoints lw 2 pt 7 ps 0.6 lc rgb "#1f77b4" title "path", \
     ''       every ::1::1 using 6:7 with points pt 3 ps 2 lc rgb "#000000" title "least squares"

set title "1.05 of it: overshoots, further each time"
plot datafile using 4:5 with linespoints lw 2 pt 7 ps 0.6 lc rgb "#d62728" title "path", \
     ''       every ::1::1 using 6:7 with points pt 3 ps 2 lc rgb "#000000" title "least squares"
unset multiplot
