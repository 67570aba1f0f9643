#include "nn/autodiff/variable.hpp"

#include <stdexcept>
#include <unordered_set>

#include "nn/core/checks.hpp"
#include "nn/core/failures.hpp"

namespace nn::autodiff {

struct Variable::Node {
  arma::mat value;
  arma::mat gradient;     // empty until a backward() reaches this node
  std::string name;
  std::string operation;  // "leaf" for a variable made from a matrix
  std::vector<std::shared_ptr<Node>> inputs;
  BackwardRule send_back;  // empty for a leaf
};

namespace {

// Every node `root` depends on, each once, inputs before the nodes made from them.
std::vector<Variable::Node*> in_order_of_computation(Variable::Node* root) {
  std::vector<Variable::Node*> order;
  std::unordered_set<Variable::Node*> seen;
  // Depth first without recursion, so a long chain of operations cannot overflow the stack.
  std::vector<std::pair<Variable::Node*, std::size_t>> stack = {{root, 0}};
  seen.insert(root);
  while (!stack.empty()) {
    auto& [node, next_input] = stack.back();
    if (next_input < node->inputs.size()) {
      Variable::Node* input = node->inputs[next_input++].get();
      if (seen.insert(input).second) stack.emplace_back(input, 0);
    } else {
      order.push_back(node);
      stack.pop_back();
    }
  }
  return order;
}

std::string label(const Variable::Node& node) {
  return node.name.empty() ? node.operation : node.operation + " '" + node.name + "'";
}

}  // namespace

Variable::Variable(arma::mat value, std::string name) : node_(std::make_shared<Node>()) {
  require_non_empty("autodiff::Variable", name.empty() ? "value" : name, value);
  require_finite("autodiff::Variable", name.empty() ? "value" : name, value);
  node_->value = std::move(value);
  node_->name = std::move(name);
  node_->operation = "leaf";
}

const arma::mat& Variable::value() const { return node_->value; }

arma::mat& Variable::value_to_update() {
  if (node_->operation != "leaf") {
    throw std::logic_error("autodiff::Variable::value_to_update: " + label(*node_) +
                           " is computed from other variables; only a leaf can be updated");
  }
  return node_->value;
}

const arma::mat& Variable::gradient() const {
  if (node_->gradient.is_empty()) {
    throw std::logic_error("autodiff::Variable::gradient: no backward() has reached " + label(*node_) +
                           " yet; call backward() on a loss computed from it");
  }
  return node_->gradient;
}

const std::string& Variable::name() const { return node_->name; }

const std::string& Variable::operation() const { return node_->operation; }

Variable Variable::named(std::string name) const {
  node_->name = std::move(name);
  return *this;
}

void Variable::backward() const {
  if (node_->value.n_elem != 1) {
    throw std::invalid_argument("autodiff::Variable::backward: " + label(*node_) + " is " + shape_of(node_->value) +
                                ", not 1x1: the backward pass starts from dL/dL = 1 at a single number, a loss; "
                                "reduce the matrix to one (sum or mean) first");
  }
  const std::vector<Node*> order = in_order_of_computation(node_.get());
  for (Node* node : order) node->gradient.zeros(arma::size(node->value));
  node_->gradient.fill(1.0);  // dL/dL
  for (auto node = order.rbegin(); node != order.rend(); ++node) {
    if (!(*node)->send_back) continue;  // a leaf: nothing further back
    const std::vector<arma::mat> to_inputs = (*node)->send_back((*node)->gradient, (*node)->value);
    for (std::size_t i = 0; i < to_inputs.size(); ++i) {
      require_no_overflow("autodiff::Variable::backward", "the gradient sent back by " + label(**node),
                          to_inputs[i]);
      (*node)->inputs[i]->gradient += to_inputs[i];  // a variable used twice gets both shares
    }
  }
}

Variable Variable::make(std::string operation, arma::mat value, std::vector<Variable> inputs,
                        BackwardRule send_back) {
  require_no_overflow("autodiff::" + operation, "the result", value);
  auto node = std::make_shared<Node>();
  node->value = std::move(value);
  node->operation = std::move(operation);
  for (const Variable& input : inputs) node->inputs.push_back(input.node_);
  node->send_back = std::move(send_back);
  return Variable(std::move(node));
}

}  // namespace nn::autodiff
