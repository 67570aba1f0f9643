/// \file
/// The optimizer interface: what turns gradients into a step (chapter 7). Every optimizer of
/// the tutorial derives from nn::Optimizer and follows the update rule torch.optim documents.
#pragma once

#include <armadillo>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nn {

/// An optimizer: given the gradient \f$ g_t \f$ of the loss with respect to each parameter
/// matrix \f$ \theta \f$, it moves every parameter one step, in place,
/// \f[ \theta_t = \theta_{t-1} - \gamma\, d_t , \f]
/// with the learning rate \f$ \gamma \f$ and a direction \f$ d_t \f$ of its own choosing
/// (\ref ch07_optimizers). Its state (momentum buffers, running sums and averages) is one set
/// per parameter matrix, created by the first step() and kept until reset(): every step() must
/// pass the same parameters, in the same order, as the first. The step count \f$ t \f$
/// (1 on the first step) is shared by all parameters.
class Optimizer {
 public:
  virtual ~Optimizer() = default;

  /// The optimizer's name as the chapters' `--optimizer` flag spells it, e.g. "adam".
  virtual std::string name() const = 0;

  /// One step: moves each `*parameters[i]` in place, using `gradients[i]`, the gradient of
  /// the loss with respect to it. The first step after construction or reset() creates the
  /// state, in the parameters' shapes. Every argument is checked before anything changes.
  /// \throws std::invalid_argument, changing nothing, when the lists differ in length or are
  ///         empty, a pointer is null or a parameter is empty, `gradients[i]` differs in shape
  ///         from `parameters[i]` (the message names i and both shapes) or holds a NaN or an
  ///         infinity, or the parameters differ in number or shape from those of the first step.
  void step(const std::vector<arma::mat*>& parameters, const std::vector<arma::mat>& gradients);

  /// step() with each gradient where it is kept, such as in a network's layers, instead of a
  /// copy. \throws std::invalid_argument as step() does, and when a gradient pointer is null.
  void step(const std::vector<arma::mat*>& parameters, const std::vector<const arma::mat*>& gradients);

  /// step() for a model with one parameter matrix (it is `parameters[0]` in messages).
  void step(arma::mat& parameter, const arma::mat& gradient);

  /// Forgets all state, the step count and every running average: the next step() is a first
  /// step again, and may pass other parameters.
  void reset();

  /// \f$ t \f$: the number of steps taken since construction or the last reset().
  std::size_t steps() const { return steps_; }

  /// The learning rate \f$ \gamma \f$.
  double learning_rate() const { return learning_rate_; }

 protected:
  /// \param class_name the derived class's name, used in error messages ("Adam").
  /// \param learning_rate \f$ \gamma \f$.
  /// \throws std::invalid_argument unless the learning rate is finite and at least 0.
  Optimizer(std::string class_name, double learning_rate);

  /// Creates the state for parameters of these shapes; called by the first step(), before
  /// any update().
  virtual void start(const std::vector<arma::SizeMat>& shapes) = 0;

  /// Moves parameter `i` using its gradient and its state. steps() is already \f$ t \f$,
  /// and the inputs have passed step()'s checks.
  virtual void update(std::size_t i, arma::mat& parameter, const arma::mat& gradient) = 0;

  /// Drops the state start() created.
  virtual void forget() = 0;

  /// Throws std::invalid_argument("<class>: <hyperparameter> must be <rule>, got <value>")
  /// unless `valid`; constructors validate with it.
  void require(bool valid, std::string_view hyperparameter, std::string_view rule, double value) const;

  /// Throws std::invalid_argument("<class>: <message>"), for a rule require() cannot state.
  [[noreturn]] void fail(const std::string& message) const;

  /// `value` as messages show it, in the shortest form: 1e-10 reads "1e-10", not "0.000000".
  static std::string number(double value);

  /// The derived class's name, as given to the constructor ("Adam").
  const std::string& class_name() const { return class_name_; }

 private:
  void check(const std::vector<arma::mat*>& parameters, const std::vector<const arma::mat*>& gradients) const;

  std::string class_name_;
  double learning_rate_;
  std::vector<arma::SizeMat> shapes_;  // of the first step's parameters; empty before it
  std::size_t steps_ = 0;
};

}  // namespace nn
