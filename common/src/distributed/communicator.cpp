#include "nn/distributed/communicator.hpp"

#include <mpi.h>

#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <stdexcept>
#include <string>

namespace nn::distributed {
namespace {

static_assert(sizeof(arma::uword) == sizeof(std::uint64_t), "counts are sent as MPI_UINT64_T");

bool exists = false;  // a Communicator is alive in this process

// Throws std::runtime_error naming the MPI function and MPI's own message, unless it succeeded.
void require_success(int code, const char* function) {
  if (code == MPI_SUCCESS) return;
  char message[MPI_MAX_ERROR_STRING];
  int length = 0;
  MPI_Error_string(code, message, &length);
  throw std::runtime_error(std::string(function) + " failed: " + std::string(message, static_cast<std::size_t>(length)));
}

}  // namespace

bool launched_by_mpirun() {
  if (std::getenv("OMPI_COMM_WORLD_SIZE") != nullptr) return true;
  if (std::getenv("PMI_SIZE") != nullptr) {
    throw std::invalid_argument(
        "started by a launcher other than Open MPI's mpirun (PMI_SIZE is set); this program is built with "
        "Open MPI: start it with Open MPI's mpirun");
  }
  return false;
}

void print_from_first_process_only() {
  const char* rank = std::getenv("OMPI_COMM_WORLD_RANK");
  if (rank == nullptr || std::string(rank) == "0") return;
  std::cout.rdbuf(nullptr);  // a stream without a buffer discards what it is given
  std::cerr.rdbuf(nullptr);
}

Communicator::Communicator() {
  if (exists) throw std::logic_error("Communicator: one already exists in this process");
  if (!launched_by_mpirun()) {
    exists = true;
    return;
  }
  int finalized = 0;
  MPI_Finalized(&finalized);
  if (finalized) throw std::logic_error("Communicator: MPI was already finalised in this process");
  require_success(MPI_Init(nullptr, nullptr), "MPI_Init");
  // Report failures of later calls as exceptions rather than aborting every process.
  MPI_Comm_set_errhandler(MPI_COMM_WORLD, MPI_ERRORS_RETURN);
  MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
  MPI_Comm_size(MPI_COMM_WORLD, &processes_);
  uses_mpi_ = true;
  exists = true;
  const std::string announced = std::getenv("OMPI_COMM_WORLD_SIZE");
  if (announced != std::to_string(processes_)) {
    MPI_Finalize();
    exists = false;
    throw std::runtime_error("MPI_Init found " + std::to_string(processes_) + " process" + (processes_ == 1 ? "" : "es") +
                             " but OMPI_COMM_WORLD_SIZE says " + announced + "; start the program with mpirun");
  }
}

Communicator::~Communicator() {
  if (uses_mpi_) MPI_Finalize();
  exists = false;
}

void Communicator::sum(arma::mat& values) const {
  if (!uses_mpi_ || values.is_empty()) return;
  require_success(MPI_Allreduce(MPI_IN_PLACE, values.memptr(), static_cast<int>(values.n_elem), MPI_DOUBLE, MPI_SUM,
                                MPI_COMM_WORLD),
                  "MPI_Allreduce");
}

void Communicator::sum(arma::umat& counts) const {
  if (!uses_mpi_ || counts.is_empty()) return;
  require_success(MPI_Allreduce(MPI_IN_PLACE, counts.memptr(), static_cast<int>(counts.n_elem), MPI_UINT64_T, MPI_SUM,
                                MPI_COMM_WORLD),
                  "MPI_Allreduce");
}

double Communicator::max(double x) const {
  if (!uses_mpi_) return x;
  require_success(MPI_Allreduce(MPI_IN_PLACE, &x, 1, MPI_DOUBLE, MPI_MAX, MPI_COMM_WORLD), "MPI_Allreduce");
  return x;
}

}  // namespace nn::distributed
