// The network against finite differences, and the question's numpy run reproduced.
#include <catch2/catch.hpp>
#include <memory>
#include <sstream>

#include "nn/activations/activation.hpp"
#include "nn/activations/identity.hpp"
#include "nn/activations/make_activation.hpp"
#include "nn/activations/sigmoid.hpp"
#include "nn/core/failures.hpp"
#include "nn/core/gradient_check.hpp"
#include "nn/core/one_hot.hpp"
#include "nn/core/random.hpp"
#include "nn/io/csv.hpp"
#include "nn/io/data_directory.hpp"
#include "nn/io/iris.hpp"
#include "nn/losses/mse.hpp"
#include "nn/metrics/classification.hpp"
#include "nn/network/network.hpp"
#include "nn/network/training.hpp"
#include "nn/optimizers/sgd.hpp"


TEST_CASE("every weight and bias gradient of a network matches finite differences", "[network][gradient]") {
  nn::Random random(5);
  const arma::mat x = random.normal_matrix(7, 3);
  const arma::mat y = random.uniform_matrix(7, 2, 0.0, 1.0);
  for (const char* hidden : {"sigmoid", "tanh", "identity"}) {
    INFO("hidden activation " << hidden);
    std::shared_ptr<const nn::Activation> activation = nn::make_activation(hidden);
    nn::Network network({nn::Dense(random.normal_matrix(3, 4), activation, true),
                         nn::Dense(random.normal_matrix(4, 2), nn::make_activation("sigmoid"), true)});
    network.layers()[0].bias = random.normal_matrix(1, 4);
    const nn::HalfMeanSquaredError loss;
    network.loss_and_gradients(loss, x, y);
    const std::vector<arma::mat> gradients = network.gradients();
    const std::vector<arma::mat*> parameters = network.parameters();
    REQUIRE(parameters.size() == 4);  // W1, b1, W2, b2
    for (std::size_t i = 0; i < parameters.size(); ++i) {
      const arma::mat original = *parameters[i];
      const auto f = [&](const arma::mat& p) {
        *parameters[i] = p;
        const double value = loss.value(network.predict(x), y);
        *parameters[i] = original;
        return value;
      };
      const nn::GradientCheck check = nn::check_gradient(f, original, gradients[i]);
      INFO("parameter " << i << ", largest relative error " << check.max_relative_error());
      CHECK(check.passed(1e-6, 1e-9));
    }
  }
}

TEST_CASE("the question's numpy run is reproduced, iteration by iteration", "[network][question]") {
  const nn::QuestionSetup setup = nn::load_question_setup(nn::data_directory());
  REQUIRE(setup.train.features.n_rows == 130);
  REQUIRE(setup.test.features.n_rows == 20);
  const arma::mat y_train = nn::one_hot(setup.train.labels, 3);
  const auto sigmoid = std::make_shared<nn::Sigmoid>();
  nn::Network network({nn::Dense(setup.w1, sigmoid, false), nn::Dense(setup.w2, sigmoid, false)});
  nn::SGD gradient_descent({.learning_rate = 0.1});
  const nn::TrainingHistory history =
      nn::train(network, nn::HalfMeanSquaredError(), setup.train.features, y_train, gradient_descent, 5000);

  const arma::mat run = nn::read_csv(nn::data_directory() / "question" / "reference_run.csv", true).values;
  REQUIRE(run.n_rows == 5000);
  double worst = 0.0;
  for (arma::uword i = 0; i < run.n_rows; ++i) {
    worst = std::max(worst, nn::relative_error(history.loss[i], run(i, 1)));
    REQUIRE(history.accuracy[i] == run(i, 2));  // 130 samples: accuracy is exact
  }
  INFO("largest relative difference of the 5000 losses: " << worst);
  CHECK(worst < 1e-9);  // at least 9 significant digits

  const auto numpy = nn::read_named_values(nn::data_directory() / "question" / "reference_final.csv");
  const nn::Sigmoid s;
  const arma::mat train_output = network.predict(setup.train.features);
  CHECK(nn::HalfMeanSquaredError().value(train_output, y_train) == Approx(numpy.at("train_loss")).epsilon(1e-9));
  CHECK(nn::metrics::accuracy(setup.train.labels, nn::metrics::predicted_classes(train_output)) ==
        numpy.at("train_accuracy"));
  CHECK(nn::metrics::accuracy(setup.test.labels,
                              nn::metrics::predicted_classes(network.predict(setup.test.features))) ==
        numpy.at("test_accuracy"));
  for (arma::uword r = 0; r < 4; ++r) {
    for (arma::uword c = 0; c < 2; ++c) {
      const std::string name = "w1_final_" + std::to_string(r) + "_" + std::to_string(c);
      CHECK(network.layers()[0].weights(r, c) == Approx(numpy.at(name)).epsilon(1e-9));
    }
  }
  for (arma::uword r = 0; r < 2; ++r) {
    for (arma::uword c = 0; c < 3; ++c) {
      const std::string name = "w2_final_" + std::to_string(r) + "_" + std::to_string(c);
      CHECK(network.layers()[1].weights(r, c) == Approx(numpy.at(name)).epsilon(1e-9));
    }
  }
}

TEST_CASE("predict() gives forward()'s output and changes nothing", "[network]") {
  nn::Random random(6);
  const arma::mat x = random.normal_matrix(5, 3), other = random.normal_matrix(2, 3);
  nn::Network network({nn::Dense(random.normal_matrix(3, 4), nn::make_activation("tanh"), true),
                       nn::Dense(random.normal_matrix(4, 2), nn::make_activation("sigmoid"), true)});
  const nn::Network& evaluated = network;  // predict() is const
  const arma::mat predicted = evaluated.predict(x);
  CHECK(arma::approx_equal(predicted, network.forward(x), "absdiff", 0.0));

  // The backward pass after predict() on other data is still that of the last forward().
  network.backward(arma::mat(5, 2, arma::fill::ones));
  const std::vector<arma::mat> gradients = network.gradients();
  network.forward(x);
  CHECK(arma::approx_equal(evaluated.predict(other), network.predict(other), "absdiff", 0.0));
  network.backward(arma::mat(5, 2, arma::fill::ones));
  for (std::size_t i = 0; i < gradients.size(); ++i) {
    CHECK(arma::approx_equal(network.gradients()[i], gradients[i], "absdiff", 0.0));
  }

  nn::Dense layer(arma::mat(4, 2, arma::fill::ones), std::make_shared<nn::Sigmoid>());
  CHECK(layer.predict(arma::mat(3, 4, arma::fill::ones)).n_rows == 3);
  CHECK_THROWS_AS(layer.backward(arma::mat(3, 2)), std::logic_error);  // predict() is not a forward pass
  CHECK_THROWS_WITH(layer.predict(arma::mat(5, 3, arma::fill::ones)),
                    Catch::StartsWith("Dense::predict: input is 5x3"));
}

TEST_CASE("backward_to_parameters() stores backward()'s gradients; output() is forward()'s", "[network]") {
  nn::Random random(9);
  const arma::mat x = random.normal_matrix(6, 3), doutput = random.normal_matrix(6, 2);
  nn::Dense full(random.normal_matrix(3, 2), nn::make_activation("tanh"));
  nn::Dense first = full;
  const arma::mat a = full.forward(x);
  first.forward(x);
  CHECK(arma::approx_equal(full.output(), a, "absdiff", 0.0));
  full.backward(doutput);
  first.backward_to_parameters(doutput);
  CHECK(arma::approx_equal(first.weight_gradient, full.weight_gradient, "absdiff", 0.0));
  CHECK(arma::approx_equal(first.bias_gradient, full.bias_gradient, "absdiff", 0.0));
  nn::Dense fresh(random.normal_matrix(3, 2), nn::make_activation("tanh"));
  CHECK_THROWS_WITH(fresh.backward_to_parameters(doutput), "Dense::backward_to_parameters: call forward() first");
}

TEST_CASE("training without a history takes the same steps; nn::step is the optimizer's step", "[network]") {
  const nn::QuestionSetup setup = nn::load_question_setup(nn::data_directory());
  const arma::mat y_train = nn::one_hot(setup.train.labels, 3);
  const auto network = [&] {
    const auto sigmoid = std::make_shared<nn::Sigmoid>();
    return nn::Network({nn::Dense(setup.w1, sigmoid, false), nn::Dense(setup.w2, sigmoid, false)});
  };
  nn::Network recorded = network(), quiet = network(), by_hand = network();
  nn::SGD a({.learning_rate = 0.1}), b({.learning_rate = 0.1}), c({.learning_rate = 0.1});
  const nn::HalfMeanSquaredError loss;
  const nn::TrainingHistory history = nn::train(recorded, loss, setup.train.features, y_train, a, 200);
  const nn::TrainingHistory nothing =
      nn::train(quiet, loss, setup.train.features, y_train, b, 200, nn::History::none);
  for (int i = 0; i < 200; ++i) {
    by_hand.loss_and_gradients(loss, setup.train.features, y_train);
    c.step(by_hand.parameters(), by_hand.gradients());
  }
  CHECK(history.loss.size() == 200);
  CHECK(nothing.loss.empty());
  CHECK(nothing.accuracy.empty());
  for (std::size_t layer = 0; layer < 2; ++layer) {
    CHECK(arma::approx_equal(quiet.layers()[layer].weights, recorded.layers()[layer].weights, "absdiff", 0.0));
    CHECK(arma::approx_equal(by_hand.layers()[layer].weights, recorded.layers()[layer].weights, "absdiff", 0.0));
  }
}

TEST_CASE("a network rejects layers that do not fit and inputs of the wrong width", "[network][errors]") {
  const auto sigmoid = std::make_shared<nn::Sigmoid>();
  CHECK_THROWS_WITH(nn::Network({nn::Dense(arma::mat(4, 2, arma::fill::ones), sigmoid),
                                 nn::Dense(arma::mat(3, 3, arma::fill::ones), sigmoid)}),
                    Catch::Contains("4x2") && Catch::Contains("3x3"));
  CHECK_THROWS_AS(nn::Network({}), std::invalid_argument);
  nn::Dense layer(arma::mat(4, 2, arma::fill::ones), sigmoid);
  CHECK_THROWS_AS(layer.backward(arma::mat(3, 2)), std::logic_error);
  CHECK_THROWS_WITH(layer.forward(arma::mat(5, 3, arma::fill::ones)), Catch::Contains("5x3"));
  CHECK_THROWS_AS(nn::Dense(arma::mat(), sigmoid), std::invalid_argument);
  CHECK_THROWS_AS(nn::Dense(arma::mat(2, 2, arma::fill::ones), nullptr), std::invalid_argument);
}

TEST_CASE("training that diverges throws nn::Diverged naming the iteration", "[network][errors]") {
  nn::Random random(8);
  const arma::mat x = random.normal_matrix(10, 2) * 100.0;
  nn::Network network({nn::Dense(random.normal_matrix(2, 1), nn::make_activation("identity"), true)});
  nn::SGD huge({.learning_rate = 1e6});
  CHECK_THROWS_AS(nn::train(network, nn::HalfMeanSquaredError(), x, random.normal_matrix(10, 1), huge, 1000),
                  nn::Diverged);
  nn::Network again({nn::Dense(random.normal_matrix(2, 1), nn::make_activation("identity"), true)});
  CHECK_THROWS_WITH(nn::train(again, nn::HalfMeanSquaredError(), x, random.normal_matrix(10, 1), huge, 1000),
                    Catch::StartsWith("training diverged at iteration ") &&
                        Catch::EndsWith("; try a smaller learning rate"));
}

TEST_CASE("a forward or backward pass that overflows throws nn::Overflow", "[network][errors]") {
  const auto identity = std::make_shared<nn::Identity>();
  const arma::mat huge(1, 1, arma::fill::value(1e200));
  const arma::mat one(1, 1, arma::fill::ones);
  nn::Dense layer(huge, identity, false);
  CHECK_THROWS_WITH(layer.forward(huge), Catch::StartsWith("Dense::forward: the weighted sum of the inputs overflows"));
  nn::Dense small(huge, identity, false);
  small.forward(one);
  CHECK_THROWS_WITH(small.backward(huge),
                    Catch::StartsWith("Dense::backward: the gradient of the layer's input overflows"));
  // Data that overflows at the first iteration is not divergence: the learning rate is not to blame.
  nn::Network network({nn::Dense(huge, identity, false)});
  nn::SGD sgd({.learning_rate = 0.1});
  CHECK_THROWS_AS(nn::train(network, nn::HalfMeanSquaredError(), huge, one, sgd, 10), nn::Overflow);
}

TEST_CASE("the training history is written as CSV at round-trip precision", "[network]") {
  nn::TrainingHistory history{.loss = {0.5, 1.0 / 3.0}, .accuracy = {0.25, 1.0}};
  std::ostringstream out;
  history.write_csv(out);
  CHECK(out.str() == "iteration,loss,accuracy\n0,0.5,0.25\n1,0.33333333333333331,1\n");
}
