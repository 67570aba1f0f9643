/// \file
/// The processes of a data-parallel run and the one operation it needs from Open MPI: an
/// all-reduce, after which every process holds the sum over all of them (\ref ch10_data_parallel).
#pragma once

#include <armadillo>

namespace nn::distributed {

/// Whether Open MPI's mpirun started this process (it sets OMPI_COMM_WORLD_SIZE).
/// \throws std::invalid_argument when another launcher did (PMI_SIZE is set, as MPICH's
///         mpiexec sets it): this library is built with Open MPI.
bool launched_by_mpirun();

/// Under mpirun, discards this process's standard output and error unless it is the first
/// (rank 0), so that P processes running the same program print it once. Alone, does nothing.
void print_from_first_process_only();

/// The processes of the run. Under mpirun, constructing it initialises MPI (`MPI_Init`) and
/// destroying it finalises MPI; alone, it is one process and touches no MPI at all, so a
/// program started without mpirun pays nothing for it. At most one may exist at a time.
class Communicator {
 public:
  /// \throws std::runtime_error when MPI cannot be initialised, or finds a different number
  ///         of processes than mpirun announced; std::logic_error when one already exists.
  Communicator();
  ~Communicator();
  Communicator(const Communicator&) = delete;
  Communicator& operator=(const Communicator&) = delete;

  /// Whether the processes are mpirun's (true) or this process alone (false).
  bool uses_mpi() const { return uses_mpi_; }
  /// This process's number, 0 to processes() - 1 (MPI's rank).
  int rank() const { return rank_; }
  /// How many processes there are (1 alone).
  int processes() const { return processes_; }

  /// \f$ v \leftarrow \sum_\text{processes} v \f$ element by element, in place, on every
  /// process (`MPI_Allreduce` with `MPI_SUM`): every process must call it with the same shape.
  /// \throws std::runtime_error when MPI reports a failure.
  void sum(arma::mat& values) const;
  /// The same for counts.
  void sum(arma::umat& counts) const;
  /// The largest `x` of all processes, on every process (`MPI_Allreduce` with `MPI_MAX`).
  double max(double x) const;

 private:
  bool uses_mpi_ = false;
  int rank_ = 0;
  int processes_ = 1;
};

}  // namespace nn::distributed
