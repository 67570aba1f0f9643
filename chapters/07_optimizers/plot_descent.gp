# The book's plot for chapter 7: f at every step of every optimizer on Rosenbrock's valley.
# The docs build calls: gnuplot -e "datafile='<csv>'; outfile='<svg>'" plot_descent.gp
# with the CSV from `ch07_optimizers plot-data descent` (the race's learning rates, from (-1.2, 1)).
set terminal svg size 900,440 dynamic font "sans,12" background rgb "white"
set output outfile
set datafile separator ","
set key autotitle columnhead outside right
set grid lc rgb "#dddddd"
set title "Rosenbrock's valley: f(x, y) at each step (the minimum is 0)"
set xlabel "step"
set ylabel "f, log scale"
set logscale xy
set xrange [1:20000]
plot for [i=2:8] datafile every 10 using ($1+1):i with lines lw 2 title columnhead(i)
