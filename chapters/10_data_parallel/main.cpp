// Chapter 10: one loss, many machines (data-parallel training on Open MPI).
//
// The training set is split across P workers. Each computes the gradient of its shard's
// summed loss; one all-reduce adds them up; dividing by the global count gives the gradient
// of the mean loss over all the data, so the weights are those of single-process training.
// Under mpirun each worker is a process and the all-reduce is MPI_Allreduce. Started alone,
// the program plays the P workers one after another in one process, with the same shards and
// the same arithmetic, and never starts MPI (which would cost more than the rest of the run).
#include <chrono>
#include <functional>
#include <iomanip>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "nn/activations/identity.hpp"
#include "nn/activations/sigmoid.hpp"
#include "nn/core/checks.hpp"
#include "nn/core/failures.hpp"
#include "nn/core/one_hot.hpp"
#include "nn/core/random.hpp"
#include "nn/distributed/communicator.hpp"
#include "nn/distributed/shards.hpp"
#include "nn/io/data_directory.hpp"
#include "nn/io/iris.hpp"
#include "nn/io/matrix_text.hpp"
#include "nn/losses/make_loss.hpp"
#include "nn/metrics/classification.hpp"
#include "nn/network/network.hpp"
#include "nn/optimizers/sgd.hpp"
#include "nn/tutorial/cli.hpp"
#include "nn/tutorial/milestones.hpp"
#include "nn/tutorial/modes.hpp"

namespace dist = nn::distributed;

namespace {

int digits = 6;

std::string text(double x) { return nn::format_number(x, digits); }

// "1 worker", "4 workers"; "1 process", "4 processes".
std::string counted(int n, const std::string& noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : noun.back() == 's' ? "es" : "s");
}

// "below 1e-12" when `difference` is, else the number: rounding noise is not printed digit by digit.
std::string agreement(double difference, double bound) {
  return difference < bound ? "below " + nn::format_number(bound, 2) : nn::format_number(difference, 3);
}

constexpr arma::uword iris_classes = 3;

// What every worker starts from: the question's training set (each worker reads only its
// shard), its initial weights, and the loss.
struct Problem {
  arma::mat x, y;      // 130 x 4 features, 130 x 3 one-hot targets
  arma::uvec labels;   // the 130 classes
  arma::mat w1, w2;    // the question's initial weights
  std::string loss;    // "half-mse" (the question's) or "ce" (softmax cross-entropy on logits)
};

Problem load_problem(const std::string& loss) {
  const nn::QuestionSetup setup = nn::load_question_setup(nn::data_directory());
  return {setup.train.features, nn::one_hot(setup.train.labels, iris_classes), setup.train.labels, setup.w1,
          setup.w2, loss};
}

// The question's 4-2-3 network: sigmoid outputs for its half MSE, logits for cross-entropy.
nn::Network make_network(const Problem& problem) {
  const auto sigmoid = std::make_shared<nn::Sigmoid>();
  const std::shared_ptr<const nn::Activation> output =
      problem.loss == "ce" ? std::shared_ptr<const nn::Activation>(std::make_shared<nn::Identity>()) : sigmoid;
  return nn::Network({nn::Dense(problem.w1, sigmoid, false), nn::Dense(problem.w2, output, false)});
}

Problem first_rows(Problem problem, arma::uword rows) {
  problem.x = problem.x.head_rows(rows);
  problem.y = problem.y.head_rows(rows);
  problem.labels = problem.labels.head(rows);
  return problem;
}

// The workers this process plays: under mpirun the one its rank names, alone all of them.
std::vector<int> played_workers(const dist::Communicator& processes, int workers) {
  if (processes.uses_mpi()) {
    if (workers != processes.processes()) throw std::logic_error("one worker per process under mpirun");
    return {processes.rank()};
  }
  std::vector<int> all;
  for (int worker = 0; worker < workers; ++worker) all.push_back(worker);
  return all;
}

// Each worker's row of numbers, on every process: a worker fills its own row, the others
// stay 0, and a sum over the processes collects them (adding zeros is exact).
arma::mat rows_from_workers(const dist::Communicator& processes, int workers, arma::uword columns,
                            const std::function<arma::rowvec(int)>& row_of) {
  arma::mat rows(static_cast<arma::uword>(workers), columns, arma::fill::zeros);
  for (const int worker : played_workers(processes, workers)) rows.row(static_cast<arma::uword>(worker)) = row_of(worker);
  processes.sum(rows);
  return rows;
}

// [message]
// What a worker sends at each step: its gradients, then its loss and its count, in one column.
arma::mat message(const std::vector<arma::mat>& gradients, double loss, double count) {
  arma::mat column;
  for (const arma::mat& gradient : gradients)
    column = arma::join_cols(column, arma::vectorise(gradient));
  return arma::join_cols(column, arma::mat{loss, count}.t());
}
// [message]

// The gradients in a message, each in its parameter's shape.
std::vector<arma::mat> gradients_in(const arma::mat& column, const std::vector<arma::mat*>& parameters) {
  std::vector<arma::mat> gradients;
  arma::uword at = 0;
  for (const arma::mat* parameter : parameters) {
    gradients.push_back(arma::reshape(column.rows(at, at + parameter->n_elem - 1), parameter->n_rows, parameter->n_cols));
    at += parameter->n_elem;
  }
  return gradients;
}

enum class Averaging { correct, naive, weighted };

// The network's output; the shapes and the data were checked, so a value the layers refuse is
// one that overflowed (a learning rate too large).
arma::mat forward(nn::Network& network, const arma::mat& x) {
  try {
    arma::mat output = network.forward(x);
    if (output.is_finite()) return output;
  } catch (const std::invalid_argument&) {
  }
  throw nn::Overflow("the forward pass overflowed");
}

// [contribution]
// One worker's message for the current weights. Correct: the gradient of its shard's summed
// loss, the summed loss, and its number of terms. Naive, as many set-ups do: the gradient of
// its shard's mean loss, and a count of 1, as if every shard were the same size. Weighted:
// the naive mean times the worker's count, which is the correct message again.
arma::mat contribution(nn::Network& network, const Problem& problem, const dist::Shard& shard,
                       Averaging averaging) {
  const arma::mat x = dist::rows_of(problem.x, shard), y = dist::rows_of(problem.y, shard);
  const arma::mat prediction = forward(network, x);
  const nn::Reduction reduction =
      averaging == Averaging::correct ? nn::Reduction::sum : nn::Reduction::mean;
  const auto loss = nn::make_loss(problem.loss, {.reduction = reduction});
  network.backward(loss->gradient(prediction, y));
  const double terms = static_cast<double>(loss->terms(prediction, y).n_elem);
  const double value = loss->value(prediction, y);
  switch (averaging) {
    case Averaging::correct:
      return message(network.gradients(), value, terms);
    case Averaging::naive:
      return message(network.gradients(), value, 1.0);
    case Averaging::weighted:
      return message(network.gradients(), value, 1.0) * terms;
  }
  throw std::logic_error("unknown averaging");
}
// [contribution]

// [step]
// One step of data-parallel gradient descent; every worker holds the same weights. The sum
// over workers is one all-reduce; its last number, the summed count, is what to divide by:
// the global number of terms N (correct), or the number of workers P (naive).
double step(nn::Network& network, nn::SGD& sgd, const Problem& problem,
            const std::vector<dist::Shard>& shards, Averaging averaging,
            const dist::Communicator& processes) {
  arma::mat sum;
  for (const int worker : played_workers(processes, static_cast<int>(shards.size()))) {
    const arma::mat sent =
        contribution(network, problem, shards[static_cast<std::size_t>(worker)], averaging);
    sum = sum.is_empty() ? sent : sum + sent;
  }
  processes.sum(sum);  // MPI_Allreduce: every process now holds the sum over all workers
  if (!sum.is_finite()) throw nn::Overflow("the gradients overflowed");
  const double count = sum(sum.n_rows - 1);
  sgd.step(network.parameters(), gradients_in(sum / count, network.parameters()));
  return sum(sum.n_rows - 2) / count;  // the loss before this step
}
// [step]

struct Run {
  nn::Network network;
  std::vector<double> losses;  // before each step
};

Run train(const Problem& problem, const std::vector<dist::Shard>& shards, Averaging averaging,
          const dist::Communicator& processes, int iterations, double learning_rate) {
  Run run{make_network(problem), {}};
  nn::SGD sgd({.learning_rate = learning_rate});
  for (int i = 0; i < iterations; ++i) {
    try {
      run.losses.push_back(step(run.network, sgd, problem, shards, averaging, processes));
      if (!nn::all_finite(run.network.parameters())) throw nn::Overflow("the weights overflowed");
    } catch (const nn::Overflow& overflow) {
      throw nn::divergence("training", "iteration", i, overflow.what());
    }
  }
  return run;
}

// Single-process full-batch training on the mean loss: what data-parallel training must equal.
Run train_alone(const Problem& problem, int iterations, double learning_rate) {
  Run run{make_network(problem), {}};
  nn::SGD sgd({.learning_rate = learning_rate});
  const auto loss = nn::make_loss(problem.loss);  // the mean, PyTorch's default
  for (int i = 0; i < iterations; ++i) {
    try {
      const arma::mat prediction = forward(run.network, problem.x);
      run.losses.push_back(loss->value(prediction, problem.y));
      run.network.backward(loss->gradient(prediction, problem.y));
      sgd.step(run.network.parameters(), run.network.gradients());
      if (!nn::all_finite(run.network.parameters())) throw nn::Overflow("the weights overflowed");
    } catch (const nn::Overflow& overflow) {
      throw nn::divergence("training", "iteration", i, overflow.what());
    }
  }
  return run;
}

// The largest difference between two networks' weights, relative to the largest weight of `reference`.
double weight_difference(nn::Network a, nn::Network reference) {
  double difference = 0.0, largest = 0.0;
  const std::vector<arma::mat*> ours = a.parameters(), theirs = reference.parameters();
  for (std::size_t i = 0; i < ours.size(); ++i) {
    difference = std::max(difference, arma::abs(*ours[i] - *theirs[i]).max());
    largest = std::max(largest, arma::abs(*theirs[i]).max());
  }
  return difference / largest;
}

std::string shard_sizes(const std::vector<dist::Shard>& shards) {
  std::string sizes;
  for (const dist::Shard& shard : shards) sizes += (sizes.empty() ? "" : " ") + std::to_string(shard.rows);
  return sizes;
}

struct Settings {
  std::string loss = "half-mse";
  int iterations = 1000;
  double learning_rate = 0.1;
  int workers = 4;  // alone; under mpirun, the number of processes
};

// ---------------------------------------------------------------------------------------
// The walk-through

void how_it_runs(const dist::Communicator& processes, int workers) {
  if (processes.uses_mpi()) {
    std::cout << "Under mpirun: " << counted(workers, "process") << ", one worker each; the sum is MPI_Allreduce.\n\n";
  } else {
    std::cout << "Alone: this process plays " << counted(workers, "worker") << " one after another, with the same\n"
              << "shards and the same arithmetic; under mpirun -np " << workers
              << ", each worker is a process and\nthe sum is MPI_Allreduce.\n\n";
  }
}

void the_shards(const std::vector<dist::Shard>& shards) {
  std::cout << "1. The training set, split across " << counted(static_cast<int>(shards.size()), "worker") << "\n"
            << "  worker  rows       samples\n";
  for (std::size_t w = 0; w < shards.size(); ++w) {
    const std::string rows = std::to_string(shards[w].first + 1) + "-" + std::to_string(shards[w].first + shards[w].rows);
    std::cout << "  " << std::left << std::setw(8) << w << std::setw(11) << rows << std::right << shards[w].rows << "\n";
  }
  std::cout << "  Every worker holds the whole network, starting from the question's W1 (4x2) and W2 (2x3).\n\n";
}

void one_step(const Problem& problem, const std::vector<dist::Shard>& shards, const dist::Communicator& processes) {
  const int workers = static_cast<int>(shards.size());
  std::cout << "2. One step: add up what the workers send, divide by the global count (" << problem.loss << ")\n";
  nn::Network network = make_network(problem);
  const arma::mat sent = rows_from_workers(processes, workers, 3, [&](int w) {
    const arma::mat column = contribution(network, problem, shards[static_cast<std::size_t>(w)], Averaging::correct);
    return arma::rowvec{static_cast<double>(shards[static_cast<std::size_t>(w)].rows), column(column.n_rows - 1),
                        column(column.n_rows - 2)};
  });
  std::cout << "  worker  samples  terms  loss sum\n";
  for (arma::uword w = 0; w < sent.n_rows; ++w) {
    std::cout << "  " << std::left << std::setw(8) << w << std::setw(9) << sent(w, 0) << std::setw(7) << sent(w, 1)
              << std::right << text(sent(w, 2)) << "\n";
  }
  // The step itself: every worker's message, summed by the all-reduce.
  arma::mat sum;
  for (const int w : played_workers(processes, workers)) {
    const arma::mat column = contribution(network, problem, shards[static_cast<std::size_t>(w)], Averaging::correct);
    sum = sum.is_empty() ? column : sum + column;
  }
  processes.sum(sum);
  const double N = sum(sum.n_rows - 1);
  nn::Network alone = make_network(problem);
  const auto mean_loss = nn::make_loss(problem.loss);
  const double full_loss = alone.loss_and_gradients(*mean_loss, problem.x, problem.y);
  const arma::mat full = message(alone.gradients(), full_loss, 1.0);
  const arma::mat ours = sum / N;
  const double gradient_difference = processes.max(
      arma::abs(ours.head_rows(ours.n_rows - 2) - full.head_rows(full.n_rows - 2)).max() /
      arma::abs(full.head_rows(full.n_rows - 2)).max());
  std::cout << "  sum     " << std::left << std::setw(9) << arma::accu(sent.col(0)) << std::setw(7) << N << std::right
            << text(sum(sum.n_rows - 2)) << "\n"
            << "  the loss of the whole set, " << text(sum(sum.n_rows - 2)) << " / " << N << " = " << text(ours(ours.n_rows - 2))
            << " (single process: " << text(full_loss) << ")\n"
            << "  the summed gradients / " << N << " against the full-batch gradient of the mean loss:\n"
            << "    largest relative difference " << agreement(gradient_difference, 1e-14) << "\n"
            << "  Each worker sends " << sum.n_elem << " numbers: W1's 8 and W2's 6 gradients, its loss sum and its count.\n\n";
}

void training(const Problem& problem, const Settings& settings, const dist::Communicator& processes) {
  std::cout << "3. Training: " << settings.iterations << " steps of gradient descent, learning rate "
            << text(settings.learning_rate) << "\n"
            << "  workers  shards          final loss  weights against single-process training\n";
  const Run alone = train_alone(problem, settings.iterations, settings.learning_rate);
  std::vector<int> counts;
  if (processes.uses_mpi()) {
    counts = {processes.processes()};
  } else {
    counts = {1, 2, 3, 4};
  }
  for (const int workers : counts) {
    const auto shards = dist::split_rows(problem.x.n_rows, workers);
    const Run run = train(problem, shards, Averaging::correct, processes, settings.iterations, settings.learning_rate);
    const double difference = processes.max(weight_difference(run.network, alone.network));
    std::cout << "  " << std::left << std::setw(9) << workers << std::setw(16) << shard_sizes(shards) << std::setw(12)
              << text(run.losses.back()) << std::right << "largest relative difference "
              << agreement(difference, 1e-12) << "\n";
  }
  std::cout << "  single-process training's final loss: " << text(alone.losses.back()) << "\n"
            << (processes.uses_mpi() ? "  (the largest difference over every process's weights)\n\n"
                                     : "  (alone, 1 to 4 workers; under mpirun, as many as there are processes)\n\n");
}

void the_pitfall(const Problem& problem, const Settings& settings, const dist::Communicator& processes, int workers) {
  std::cout << "4. The pitfall: averaging the workers' mean gradients\n"
            << "  naive: each worker sends the gradient of its shard's mean loss and a count of 1,\n"
            << "  so the sum is divided by P = " << workers << ", whatever the shards' sizes\n"
            << "  rows  shards          naive against correct training  weighted (mean x count) against correct\n";
  // All the rows, then the most that split evenly (the same when they already do).
  const arma::uword even = problem.x.n_rows - problem.x.n_rows % static_cast<arma::uword>(workers);
  std::vector<arma::uword> sizes = {problem.x.n_rows};
  if (even != problem.x.n_rows) sizes.push_back(even);
  for (const arma::uword rows : sizes) {
    const Problem part = first_rows(problem, rows);
    const auto shards = dist::split_rows(rows, workers);
    const Run correct = train(part, shards, Averaging::correct, processes, settings.iterations, settings.learning_rate);
    const Run naive = train(part, shards, Averaging::naive, processes, settings.iterations, settings.learning_rate);
    const Run weighted = train(part, shards, Averaging::weighted, processes, settings.iterations, settings.learning_rate);
    const double naive_difference = processes.max(weight_difference(naive.network, correct.network));
    const double weighted_difference = processes.max(weight_difference(weighted.network, correct.network));
    std::cout << "  " << std::left << std::setw(6) << rows << std::setw(16) << shard_sizes(shards) << std::setw(32)
              << agreement(naive_difference, 1e-12) << std::right << agreement(weighted_difference, 1e-12) << "\n";
  }
  std::cout << "  With unequal shards the naive mean weighs each row of a smaller shard more, and\n"
            << "  trains other weights; with equal shards it is the mean over all rows. Weighting\n"
            << "  each worker's mean by its count n_k, then dividing by N = sum n_k, is right always.\n\n";
}

void metrics_across(const Problem& problem, const Settings& settings, const std::vector<dist::Shard>& shards,
                    const dist::Communicator& processes) {
  const int workers = static_cast<int>(shards.size());
  std::cout << "5. Metrics across workers: add up counts and sums, never average per-worker values\n";
  const Run run = train(problem, shards, Averaging::correct, processes, settings.iterations, settings.learning_rate);
  const auto summed_loss = nn::make_loss(problem.loss, {.reduction = nn::Reduction::sum});
  // [metrics]
  arma::umat confusion(iris_classes, iris_classes, arma::fill::zeros);
  const arma::mat sums = rows_from_workers(processes, workers, 3, [&](int w) {
    const dist::Shard& shard = shards[static_cast<std::size_t>(w)];
    const arma::mat prediction = run.network.predict(dist::rows_of(problem.x, shard));
    const arma::uvec labels = problem.labels.subvec(shard.first, shard.first + shard.rows - 1);
    const arma::umat counts = nn::metrics::confusion_matrix(
        labels, nn::metrics::predicted_classes(prediction), iris_classes);
    confusion += counts;
    const arma::mat y = dist::rows_of(problem.y, shard);
    return arma::rowvec{summed_loss->value(prediction, y),
                        static_cast<double>(summed_loss->terms(prediction, y).n_elem),
                        static_cast<double>(arma::trace(counts))};
  });
  processes.sum(confusion);  // the confusion matrix of all the data: counts add up
  // [metrics]
  arma::vec rows(shards.size());
  for (std::size_t w = 0; w < shards.size(); ++w) rows(w) = static_cast<double>(shards[w].rows);
  std::cout << "  worker  samples  correct  accuracy  mean loss\n";
  for (arma::uword w = 0; w < sums.n_rows; ++w) {
    std::cout << "  " << std::left << std::setw(8) << w << std::setw(9) << rows(w) << std::setw(9) << sums(w, 2)
              << std::setw(10) << text(sums(w, 2) / rows(w)) << std::right << text(sums(w, 0) / sums(w, 1)) << "\n";
  }
  const arma::mat all = run.network.predict(problem.x);
  const arma::umat single = nn::metrics::confusion_matrix(problem.labels, nn::metrics::predicted_classes(all), iris_classes);
  const double single_loss = nn::make_loss(problem.loss)->value(all, problem.y);
  const double summed = arma::accu(sums.col(0)) / arma::accu(sums.col(1));
  std::cout << "  the summed confusion matrix (rows: true class, columns: predicted):\n"
            << nn::format_rows(arma::conv_to<arma::mat>::from(confusion), digits, "    ")
            << "  equal to the single-process confusion matrix: " << (arma::all(arma::vectorise(confusion == single)) ? "yes" : "NO")
            << "\n"
            << "  accuracy: from the summed counts " << text(arma::trace(confusion) / static_cast<double>(problem.x.n_rows))
            << " (single process " << text(nn::metrics::accuracy(problem.labels, nn::metrics::predicted_classes(all)))
            << "),\n    the mean of the workers' accuracies " << text(arma::mean(sums.col(2) / rows)) << "\n"
            << "  loss: from the summed sums and counts " << text(summed) << " (single process " << text(single_loss)
            << ", relative difference " << agreement(std::abs(summed - single_loss) / single_loss, 1e-14)
            << "),\n    the mean of the workers' mean losses " << text(arma::mean(sums.col(0) / sums.col(1))) << "\n\n";
}

void what_is_sent(const Problem& problem, const Settings& settings, const std::vector<dist::Shard>& shards) {
  const nn::Network network = make_network(problem);
  double weights = 0;
  for (const nn::Dense& layer : network.layers()) weights += static_cast<double>(layer.weights.n_elem);
  const double per_step = (weights + 2) * sizeof(double);
  const double data = static_cast<double>(problem.x.n_rows * (problem.x.n_cols + problem.y.n_cols)) * sizeof(double);
  std::cout << "6. What is sent\n"
            << "  each step, each worker sends " << weights + 2 << " doubles, " << per_step << " bytes, and receives the sum;\n"
            << "  " << settings.iterations << " steps send " << per_step * settings.iterations
            << " bytes per worker. The data is never sent: each process reads the\n"
            << "  training file itself and keeps its rows (worker 0: " << shards[0].rows << "); all " << problem.x.n_rows
            << " rows of 4 features and\n  3 targets are " << data << " bytes.\n"
            << "  The traffic grows with the network and the number of steps, not with the data: here\n"
            << "  shipping the data once would be cheaper; for a large data set it is the other way round.\n"
            << "  `timing` (under mpirun) measures where the time goes.\n";
}

// ---------------------------------------------------------------------------------------
// Single runs

struct TrainFlags {
  std::string averaging = "correct";
};

Averaging parse_averaging(const std::string& name) { return name == "naive" ? Averaging::naive : Averaging::correct; }

void single_run(const Settings& settings, const TrainFlags& flags, const dist::Communicator& processes, int workers) {
  const Problem problem = load_problem(settings.loss);
  const auto shards = dist::split_rows(problem.x.n_rows, workers);
  std::cout << (processes.uses_mpi() ? counted(workers, "process") + " under mpirun"
                                     : counted(workers, "worker") + " played in one process")
            << "\n"
            << settings.loss << ", " << flags.averaging << " averaging, shards " << shard_sizes(shards) << "\n";
  const Run run = train(problem, shards, parse_averaging(flags.averaging), processes, settings.iterations,
                        settings.learning_rate);
  for (int i = 0; i < settings.iterations; ++i) {
    if (nn::is_milestone(i, settings.iterations - 1)) {
      std::cout << "iteration " << std::setw(6) << i << "  loss " << text(run.losses[static_cast<std::size_t>(i)]) << "\n";
    }
  }
  const Run alone = train_alone(problem, settings.iterations, settings.learning_rate);
  std::cout << "weights against single-process training: largest relative difference "
            << agreement(processes.max(weight_difference(run.network, alone.network)), 1e-12) << "\n";
}

// plot-data imbalance: how far naive averaging's weights land from the correct ones, for two
// workers whose shards grow apart.
void plot_data() {
  const Settings settings;
  const dist::Communicator alone;
  std::cout << "first_shard_share,half_mse,ce\n";
  std::vector<Problem> problems = {load_problem("half-mse"), load_problem("ce")};
  std::vector<Run> correct;
  for (const Problem& problem : problems) {
    correct.push_back(train(problem, dist::split_rows(problem.x.n_rows, 2), Averaging::correct, alone,
                            settings.iterations, settings.learning_rate));
  }
  for (arma::uword first = 65; first <= 125; first += 5) {
    std::cout << nn::format_number(static_cast<double>(first) / 130.0, 4);
    for (std::size_t p = 0; p < problems.size(); ++p) {
      const std::vector<dist::Shard> shards = {{0, first}, {first, 130 - first}};
      const Run naive = train(problems[p], shards, Averaging::naive, alone, settings.iterations, settings.learning_rate);
      std::cout << "," << nn::format_number(std::max(weight_difference(naive.network, correct[p].network), 1e-16), 4);
    }
    std::cout << "\n";
  }
}

// ---------------------------------------------------------------------------------------
// timing: where the time goes, on synthetic data large enough to show it

struct TimingFlags {
  int samples = 20000;
  int hidden = 64;
  int iterations = 10;
};

void timing(const TimingFlags& flags, const dist::Communicator& processes) {
  nn::Random random(10);
  const arma::uword samples = static_cast<arma::uword>(flags.samples), hidden = static_cast<arma::uword>(flags.hidden);
  Problem problem{random.normal_matrix(samples, 4), {}, {}, random.normal_matrix(4, hidden, 0.0, 0.5),
                  random.normal_matrix(hidden, iris_classes, 0.0, 0.5), "ce"};
  problem.labels = arma::conv_to<arma::uvec>::from(arma::floor(3.0 * random.uniform_matrix(samples, 1, 0.0, 1.0)));
  problem.y = nn::one_hot(problem.labels, iris_classes);
  const auto shards = dist::split_rows(samples, processes.processes());
  nn::Network network = make_network(problem);
  nn::SGD sgd({.learning_rate = 0.01});
  using clock = std::chrono::steady_clock;
  double computing = 0.0, reducing = 0.0;
  for (int i = 0; i < flags.iterations; ++i) {
    const auto start = clock::now();
    arma::mat sum = contribution(network, problem, shards[static_cast<std::size_t>(processes.rank())], Averaging::correct);
    const auto computed = clock::now();
    processes.sum(sum);
    const auto reduced = clock::now();
    sgd.step(network.parameters(), gradients_in(sum / sum(sum.n_rows - 1), network.parameters()));
    computing += std::chrono::duration<double>(computed - start).count();
    reducing += std::chrono::duration<double>(reduced - computed).count();
  }
  const double per_step = 1000.0 / flags.iterations;  // milliseconds
  const double compute = processes.max(computing) * per_step, reduce = processes.max(reducing) * per_step;
  std::cout << counted(processes.processes(), "process") << ", " << shards.front().rows << " samples each at most (" << samples
            << " in all), network 4-" << hidden << "-3, " << flags.iterations << " steps\n"
            << "per step: computing " << nn::format_number(compute, 3) << " ms, all-reduce "
            << nn::format_number(reduce, 3) << " ms (the slowest process's), "
            << (4 * hidden + hidden * iris_classes + 2) * sizeof(double) << " bytes sent by each process\n"
            << "(the all-reduce's time includes waiting for the slowest process to finish computing)\n";
}

}  // namespace

int main(int argc, char** argv) {
  dist::print_from_first_process_only();  // under mpirun, the processes print once
  CLI::App app{"Chapter 10: one loss, many machines (data-parallel training on Open MPI)", "ch10_data_parallel"};
  Settings settings;
  const std::vector<std::string> losses = {"half-mse", "ce"};
  const auto add_training_flags = [&](CLI::App& mode) {
    mode.add_option("--loss", settings.loss, "The loss: the question's half MSE, or softmax cross-entropy")
        ->check(CLI::IsMember(losses))
        ->capture_default_str();
    mode.add_option("--iterations", settings.iterations, "Steps of gradient descent")
        ->check(nn::cli::whole_number(1, 50000))
        ->capture_default_str();
    mode.add_option("--learning-rate", settings.learning_rate, "Learning rate")
        ->check(nn::cli::positive_finite)
        ->capture_default_str();
    mode.add_option("--workers", settings.workers, "Workers to play when run alone (under mpirun: -np)")
        ->check(nn::cli::whole_number(1, 130))
        ->capture_default_str();
    nn::cli::add_digits_flag(mode, digits);
  };
  add_training_flags(app);

  TrainFlags train_flags;
  CLI::App* run = app.add_subcommand("train", "One data-parallel training run, checked against single-process training");
  add_training_flags(*run);
  run->add_option("--averaging", train_flags.averaging, "How the workers' gradients are combined")
      ->check(CLI::IsMember({"correct", "naive"}))
      ->capture_default_str();

  TimingFlags timing_flags;
  CLI::App* time = app.add_subcommand("timing", "Under mpirun: computation against communication per step");
  time->add_option("--samples", timing_flags.samples, "Synthetic samples, split across the processes")
      ->check(nn::cli::whole_number(1, 100000))  // bounded so that a run takes seconds, not minutes
      ->capture_default_str();
  time->add_option("--hidden", timing_flags.hidden, "Hidden units of the network")
      ->check(nn::cli::whole_number(1, 256))
      ->capture_default_str();
  time->add_option("--iterations", timing_flags.iterations, "Steps to time")
      ->check(nn::cli::whole_number(1, 1000))
      ->capture_default_str();

  std::string plot;
  nn::cli::add_plot_data_mode(app, plot, {"imbalance"});

  return nn::cli::run(app, argc, argv, [&] {
    const bool under_mpirun = dist::launched_by_mpirun();
    if (!plot.empty()) {
      if (under_mpirun) throw std::invalid_argument("plot-data runs alone, not under mpirun");
      plot_data();
      return;
    }
    if (*time && !under_mpirun) {
      throw std::invalid_argument(
          "timing measures real processes: start it with mpirun, such as mpirun -np 2 build/release/ch10_data_parallel timing");
    }
    const CLI::App& mode = *run ? *run : app;
    if (under_mpirun && mode.get_option("--workers")->count() > 0) {
      throw std::invalid_argument("--workers is for running alone; under mpirun the processes are the workers (-np)");
    }
    const dist::Communicator processes;
    const int workers = processes.uses_mpi() ? processes.processes() : settings.workers;
    if (*time) {
      timing(timing_flags, processes);
      return;
    }
    if (*run) {
      single_run(settings, train_flags, processes, workers);
      return;
    }
    const Problem problem = load_problem(settings.loss);
    const auto shards = dist::split_rows(problem.x.n_rows, workers);
    std::cout << "Chapter 10: one loss, many machines\n\n";
    how_it_runs(processes, workers);
    the_shards(shards);
    one_step(problem, shards, processes);
    training(problem, settings, processes);
    the_pitfall(problem, settings, processes, workers);
    metrics_across(problem, settings, shards, processes);
    what_is_sent(problem, settings, shards);
  });
}
