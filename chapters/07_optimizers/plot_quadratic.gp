# The book's plot for chapter 7: each optimizer's path on f = (x^2 + 25 y^2) / 2.
# The docs build calls: gnuplot -e "datafile='<csv>'; outfile='<svg>'" plot_quadratic.gp
# with the CSV from `ch07_optimizers plot-data quadratic`.
set terminal svg size 900,480 dynamic font "sans,12" background rgb "white"
set output outfile
f(x, y) = (x**2 + 25 * y**2) / 2

# Contours of f, computed by gnuplot into a table, drawn under the paths.
set view map
set contour base
unset surface
set cntrparam levels discrete 0.05, 0.5, 2, 5, 10, 20
set isosamples 80, 80
set xrange [-4.5:1]
set yrange [-1.3:1.3]
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

set title "an ill-conditioned bowl: 300 steps from (-4, 1)"
set xlabel "x"
set ylabel "y"
set key outside right
plot $contours using 1:2 with points pt 7 ps 0.12 lc rgb "#bbbbbb" notitle, \
     datafile using 2:3 with lines lw 2 title "sgd", \
     ''       using 4:5 with lines lw 2 title "sgd momentum", \
     ''       using 8:9 with lines lw 2 title "adagrad", \
     ''       using 10:11 with lines lw 2 title "rmsprop", \
     ''       using 12:13 with lines lw 2 title "adam", \
     '+' using (0):(0) with points pt 7 ps 1.2 lc rgb "black" title "minimum"
