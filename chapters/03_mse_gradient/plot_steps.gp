# The book's plot for chapter 3: 12 steps at 0.95 and at 1.05 of the largest stable learning rate,
# on the contours of the mse. The docs build calls:
#   gnuplot -e "datafile='<csv>'; outfile='<svg>'" plot_steps.gp
# with the CSV from `ch03_mse_gradient plot-data steps`: the paths (data set 0, both from slope 0,
# intercept 0) and the contours where the mse exceeds its minimum by 0.05, 0.2, 0.5, 1 and 2 (set 1).
set terminal svg size 900,420 dynamic font "sans,12" background rgb "white"
set output outfile
set datafile separator ","
set multiplot layout 1,2
set grid lc rgb "#eeeeee"
set xlabel "slope"
set ylabel "intercept"
set key bottom right
set xrange [-0.5:3.5]
set yrange [-1.5:3.5]

set title "0.95 of the stable rate: overshoots, closer each time"
plot datafile index 1 using 2:3 with lines lw 1 lc rgb "#bbbbbb" title "mse contours", \
     ''       index 0 using 2:3 with linespoints lw 2 pt 7 ps 0.6 lc rgb "#1f77b4" title "path", \
     ''       index 0 every ::1::1 using 6:7 with points pt 3 ps 2 lc rgb "#000000" title "least squares"

set title "1.05 of it: overshoots, further each time"
plot datafile index 1 using 2:3 with lines lw 1 lc rgb "#bbbbbb" title "mse contours", \
     ''       index 0 using 4:5 with linespoints lw 2 pt 7 ps 0.6 lc rgb "#d62728" title "path", \
     ''       index 0 every ::1::1 using 6:7 with points pt 3 ps 2 lc rgb "#000000" title "least squares"
unset multiplot
