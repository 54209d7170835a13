// parley::tournament::ProcessGroup — the processes that share one tournament (MPI or just one).
//
// Data flow: ProcessGroup::join() ──rank/size──▶ run_tournament() splits each batch of
// sessions across ranks ──gather()──▶ rank 0 writes the one results store.
// Launch detection: MPI is initialised only when the process was started by an MPI launcher
// (Open MPI's OMPI_COMM_WORLD_SIZE, or PMI_SIZE / PMIX_RANK of MPICH and PMIx launchers). A
// plain `parley tournament` never touches MPI, so the same binary runs anywhere; a build
// without MPI refuses to run under mpirun with more than one process (it would duplicate work).
// Only the thread that joined calls MPI (MPI_THREAD_FUNNELED); worker threads never do. An MPI
// library that provides less than that level is refused at join() with a clear error.
// join() returns the one group of the process; MPI is finalised at process exit.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace parley::tournament {

class ProcessGroup {
 public:
  // The group of this process: the MPI world under a launcher, else a group of one.
  static ProcessGroup& join();

  int rank() const { return rank_; }
  int size() const { return size_; }
  bool is_root() const { return rank_ == 0; }
  bool uses_mpi() const { return mpi_; }

  // Root's value to everyone.
  void broadcast(std::uint64_t& value) const;
  void broadcast(std::string& text) const;
  // Root receives every rank's list (index = rank); other ranks receive an empty result.
  std::vector<std::vector<std::string>> gather(const std::vector<std::string>& local) const;
  // After a step every rank does on its own (reading the inputs) and that may fail on some ranks
  // only (a file missing on one host): every rank passes its failure ("" when it succeeded) and
  // receives the same answer, "" when all succeeded, else the lowest failing rank's message
  // ("rank R: ..." for R > 0), so that all stop together instead of waiting for each other.
  // A collective call: every rank must make it.
  std::string first_failure(const std::string& local_failure) const;
  // Ends every process of the job (MPI_Abort) or, without MPI, this one, with `code`.
  [[noreturn]] void abort(int code) const;

  ProcessGroup(const ProcessGroup&) = delete;
  ProcessGroup& operator=(const ProcessGroup&) = delete;
  ~ProcessGroup();

 private:
  ProcessGroup();
  int rank_ = 0;
  int size_ = 1;
  bool mpi_ = false;
};

// True when the environment shows an MPI launcher started this process.
bool launched_by_mpi();

}  // namespace parley::tournament
