/// \file
/// Splitting a data set's rows among the workers of data-parallel training (\ref ch10_data_parallel).
#pragma once

#include <armadillo>
#include <vector>

namespace nn::distributed {

/// A worker's share of the data: `rows` consecutive rows from row `first` (counting from 0).
struct Shard {
  arma::uword first = 0;  ///< the first row
  arma::uword rows = 0;   ///< how many rows
};

/// `workers` consecutive shards covering `rows` rows, as equal as possible, the larger first:
/// 130 rows over 4 workers are 33, 33, 32 and 32 rows.
/// \throws std::invalid_argument when workers is below 1 or above rows.
std::vector<Shard> split_rows(arma::uword rows, int workers);

/// The shard's rows of `data` (one sample per row).
/// \throws std::invalid_argument when the shard reaches beyond the data's rows.
arma::mat rows_of(const arma::mat& data, const Shard& shard);

}  // namespace nn::distributed
