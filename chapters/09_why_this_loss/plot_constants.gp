# The book's plot for chapter 9: each loss of a constant prediction c on the skewed sample,
# divided by its own minimum, so that every curve touches 1 at the constant it prefers.
# The docs build calls: gnuplot -e "datafile='<csv>'; outfile='<svg>'" plot_constants.gp
# with the CSV from `ch09_why_this_loss plot-data constants`.
set terminal svg size 900,480 dynamic font "sans,12" background rgb "white"
set output outfile
set datafile separator ","
stats datafile using 6 nooutput name "mse"
stats datafile using 7 nooutput name "mae"
stats datafile using 8 nooutput name "quantile"
stats datafile using 9 nooutput name "huber"
set title "the sample 0.5 0.8 1 1.2 1.5 2 2.5 3 4.5 7 12: each loss against the constant c"
set xlabel "c, the constant predicted for every sample"
set ylabel "loss / its minimum"
set yrange [0.9:4]
set key top right
set arrow from mse_max, 0.9 to mse_max, 4 nohead dt 2 lc rgb "#1f77b4"
set arrow from mae_max, 0.9 to mae_max, 4 nohead dt 2 lc rgb "#ff7f0e"
set arrow from quantile_max, 0.9 to quantile_max, 4 nohead dt 2 lc rgb "#2ca02c"
set arrow from huber_max, 0.9 to huber_max, 4 nohead dt 3 lc rgb "#d62728"
plot datafile using 1:2 with lines lw 2 lc rgb "#1f77b4" title "mse (best: the mean)", \
     ''       using 1:3 with lines lw 2 lc rgb "#ff7f0e" title "mae (best: the median)", \
     ''       using 1:4 with lines lw 2 lc rgb "#2ca02c" title "quantile, tau 0.9 (best: the 0.9-quantile)", \
     ''       using 1:5 with lines lw 2 lc rgb "#d62728" title "huber, delta 1 (best: between)"
