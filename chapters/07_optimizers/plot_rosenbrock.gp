# The book's plot for chapter 7: each optimizer's path on Rosenbrock's function.
# The docs build calls: gnuplot -e "datafile='<csv>'; outfile='<svg>'" plot_rosenbrock.gp
# with the CSV from `ch07_optimizers plot-data rosenbrock`.
set terminal svg size 900,480 dynamic font "sans,12" background rgb "white"
set output outfile
f(x, y) = (1 - x)**2 + 100 * (y - x**2)**2

set view map
set contour base
unset surface
set cntrparam levels discrete 0.3, 1, 3, 10, 30, 100, 300
set isosamples 90, 90
set xrange [-1.6:1.4]
set yrange [-0.4:1.6]
set table $raw
splot f(x, y)
unset table
unset contour
# Rewritten with commas, to share the CSV's separator; this drops the breaks between the
# contour lines, so they are drawn as dense dots rather than lines.
set table $contours separator comma
plot $raw using 1:2 with table
unset table
set datafile separator ","

set title "Rosenbrock's valley: 5000 steps from (-1.2, 1)"
set xlabel "x"
set ylabel "y"
set key outside right
plot $contours using 1:2 with points pt 7 ps 0.12 lc rgb "#bbbbbb" notitle, \
     datafile every 10 using 2:3 with lines lw 2 title "sgd", \
     ''       every 10 using 4:5 with lines lw 2 title "sgd momentum", \
     ''       every 10 using 8:9 with lines lw 2 title "adagrad", \
     ''       every 10 using 10:11 with lines lw 2 title "rmsprop", \
     ''       every 10 using 12:13 with lines lw 2 title "adam", \
     '+' using (1):(1) every ::0::0 with points pt 7 ps 1.2 lc rgb "black" title "minimum"
