/// \file
/// Building an elementwise activation from its name.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "nn/activations/activation.hpp"

namespace nn {

/// The names make_activation() knows: "sigmoid", "tanh", "relu", "identity".
std::vector<std::string> activation_names();

/// The elementwise activation with the given name.
/// \throws std::invalid_argument for an unknown name, listing the known ones (and saying
///         that the softmax, being row-wise, is nn::Softmax).
std::unique_ptr<Activation> make_activation(std::string_view name);

}  // namespace nn
