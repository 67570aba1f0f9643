// nn/distributed/: splitting rows into shards, and the communicator of a process started alone
// (the chapter's tests run it under mpirun).
#include <catch2/catch.hpp>

#include <cstdlib>

#include "nn/distributed/communicator.hpp"
#include "nn/distributed/shards.hpp"

namespace dist = nn::distributed;

TEST_CASE("split_rows: consecutive shards as equal as possible, the larger first", "[distributed]") {
  const auto shards = dist::split_rows(130, 4);
  REQUIRE(shards.size() == 4);
  const std::vector<arma::uword> sizes = {33, 33, 32, 32}, firsts = {0, 33, 66, 98};
  for (std::size_t k = 0; k < 4; ++k) {
    CHECK(shards[k].rows == sizes[k]);
    CHECK(shards[k].first == firsts[k]);
  }
  CHECK(dist::split_rows(130, 1).front().rows == 130);
  CHECK(dist::split_rows(5, 5).back().first == 4);
  CHECK(dist::split_rows(130, 3)[2].rows == 43);
  CHECK_THROWS_AS(dist::split_rows(3, 4), std::invalid_argument);
  CHECK_THROWS_AS(dist::split_rows(3, 0), std::invalid_argument);
}

TEST_CASE("rows_of: a shard's rows, and a shard that does not fit is refused", "[distributed]") {
  const arma::mat data = arma::reshape(arma::regspace(0, 11), 4, 3);
  CHECK(arma::approx_equal(dist::rows_of(data, {1, 2}), data.rows(1, 2), "absdiff", 0.0));
  CHECK_THROWS_AS(dist::rows_of(data, {3, 2}), std::invalid_argument);
  CHECK_THROWS_AS(dist::rows_of(data, {0, 0}), std::invalid_argument);
}

TEST_CASE("a process started alone is one process, and its sums are its own values", "[distributed]") {
  REQUIRE(std::getenv("OMPI_COMM_WORLD_SIZE") == nullptr);
  CHECK_FALSE(dist::launched_by_mpirun());
  const dist::Communicator alone;
  CHECK_FALSE(alone.uses_mpi());
  CHECK(alone.rank() == 0);
  CHECK(alone.processes() == 1);
  arma::mat values = {{1.5, -2}, {3, 4}};
  const arma::mat before = values;
  alone.sum(values);
  CHECK(arma::approx_equal(values, before, "absdiff", 0.0));
  arma::umat counts = {{1, 2}, {3, 4}};
  alone.sum(counts);
  CHECK(counts(1, 1) == 4);
  CHECK(alone.max(2.5) == 2.5);
  CHECK_THROWS_AS(dist::Communicator(), std::logic_error);  // one at a time
}
