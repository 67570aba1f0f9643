#include "nn/activations/make_activation.hpp"

#include "nn/activations/identity.hpp"
#include "nn/activations/relu.hpp"
#include "nn/activations/sigmoid.hpp"
#include "nn/activations/tanh.hpp"
#include "nn/core/checks.hpp"

namespace nn {

std::vector<std::string> activation_names() { return {"sigmoid", "tanh", "relu", "identity"}; }

std::unique_ptr<Activation> make_activation(std::string_view name) {
  if (name == "sigmoid") return std::make_unique<Sigmoid>();
  if (name == "tanh") return std::make_unique<Tanh>();
  if (name == "relu") return std::make_unique<ReLU>();
  if (name == "identity") return std::make_unique<Identity>();
  throw unknown_name_error("make_activation", "activation", name, activation_names(),
                           name == "softmax" ? "the softmax works on whole rows, not elements: use nn::Softmax" : "");
}

}  // namespace nn
