#include "nn/distributed/shards.hpp"

#include <stdexcept>
#include <string>

namespace nn::distributed {

std::vector<Shard> split_rows(arma::uword rows, int workers) {
  if (workers < 1 || static_cast<arma::uword>(workers) > rows) {
    throw std::invalid_argument("split_rows: " + std::to_string(rows) + " rows cannot be split among " +
                                std::to_string(workers) + " workers; each needs at least one row");
  }
  const arma::uword count = static_cast<arma::uword>(workers);
  std::vector<Shard> shards;
  arma::uword first = 0;
  for (arma::uword worker = 0; worker < count; ++worker) {
    const arma::uword size = rows / count + (worker < rows % count ? 1 : 0);
    shards.push_back({first, size});
    first += size;
  }
  return shards;
}

arma::mat rows_of(const arma::mat& data, const Shard& shard) {
  if (shard.rows == 0 || shard.first + shard.rows > data.n_rows) {
    throw std::invalid_argument("rows_of: the shard of rows " + std::to_string(shard.first + 1) + " to " +
                                std::to_string(shard.first + shard.rows) + " does not fit data of " +
                                std::to_string(data.n_rows) + " rows");
  }
  return data.rows(shard.first, shard.first + shard.rows - 1);
}

}  // namespace nn::distributed
