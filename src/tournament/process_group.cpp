// ProcessGroup: MPI when launched by mpirun (and built with MPI), else one process.
#include "parley/tournament/process_group.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

#ifdef PARLEY_HAVE_MPI
#include <mpi.h>
#endif

namespace parley::tournament {
namespace {

// Length-prefixed concatenation, so one MPI message carries a list of strings.
std::string pack(const std::vector<std::string>& items) {
  std::string bytes;
  for (const auto& item : items) {
    const std::uint64_t length = item.size();
    bytes.append(reinterpret_cast<const char*>(&length), sizeof length);
    bytes += item;
  }
  return bytes;
}

[[maybe_unused]] std::vector<std::string> unpack(const char* data, std::size_t size) {
  std::vector<std::string> items;
  std::size_t at = 0;
  while (at + sizeof(std::uint64_t) <= size) {
    std::uint64_t length = 0;
    std::memcpy(&length, data + at, sizeof length);
    at += sizeof length;
    items.emplace_back(data + at, length);
    at += length;
  }
  return items;
}

int environment_size() {
  for (const char* name : {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE"})
    if (const char* value = std::getenv(name)) return std::atoi(value);
  return std::getenv("PMIX_RANK") ? 2 : 0;  // PMIx alone does not say the size; assume a job
}

}  // namespace

bool launched_by_mpi() { return environment_size() > 0; }

ProcessGroup& ProcessGroup::join() {
  static ProcessGroup group;
  return group;
}

ProcessGroup::ProcessGroup() {
#ifdef PARLEY_HAVE_MPI
  if (!launched_by_mpi()) return;
  int provided = 0;
  MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided);
  MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
  MPI_Comm_size(MPI_COMM_WORLD, &size_);
  mpi_ = true;
  if (provided < MPI_THREAD_FUNNELED) {
    // Every rank sees the same library, so every rank says so and ends; none waits for another.
    std::fprintf(stderr, "error: the MPI library provides thread level %d, below MPI_THREAD_FUNNELED (%d) that parley's "
                 "worker threads need beside the MPI thread; use an MPI built with thread support (Debian's Open MPI is)\n",
                 provided, MPI_THREAD_FUNNELED);
    MPI_Finalize();
    std::exit(2);
  }
#else
  if (environment_size() > 1)
    throw std::runtime_error("this parley was built without MPI but was started by an MPI launcher; "
                             "rebuild with Open MPI installed or run without mpirun");
#endif
}

ProcessGroup::~ProcessGroup() {
#ifdef PARLEY_HAVE_MPI
  if (mpi_) MPI_Finalize();
#endif
}

void ProcessGroup::abort(int code) const {
#ifdef PARLEY_HAVE_MPI
  if (mpi_) MPI_Abort(MPI_COMM_WORLD, code);
#endif
  std::exit(code);
}

void ProcessGroup::broadcast(std::uint64_t& value) const {
#ifdef PARLEY_HAVE_MPI
  if (mpi_) MPI_Bcast(&value, 1, MPI_UINT64_T, 0, MPI_COMM_WORLD);
#else
  (void)value;
#endif
}

void ProcessGroup::broadcast(std::string& text) const {
#ifdef PARLEY_HAVE_MPI
  if (!mpi_) return;
  std::uint64_t length = text.size();
  broadcast(length);
  text.resize(length);
  MPI_Bcast(text.data(), static_cast<int>(length), MPI_CHAR, 0, MPI_COMM_WORLD);
#else
  (void)text;
#endif
}

std::vector<std::vector<std::string>> ProcessGroup::gather(const std::vector<std::string>& local) const {
  if (!mpi_) return {local};
#ifdef PARLEY_HAVE_MPI
  const std::string bytes = pack(local);
  const int size = static_cast<int>(bytes.size());
  std::vector<int> sizes(is_root() ? size_ : 0), offsets(is_root() ? size_ : 0);
  MPI_Gather(&size, 1, MPI_INT, sizes.data(), 1, MPI_INT, 0, MPI_COMM_WORLD);
  std::string all;
  if (is_root()) {
    int total = 0;
    for (int r = 0; r < size_; ++r) {
      offsets[r] = total;
      total += sizes[r];
    }
    all.resize(static_cast<std::size_t>(total));
  }
  MPI_Gatherv(bytes.data(), size, MPI_CHAR, all.data(), sizes.data(), offsets.data(), MPI_CHAR, 0, MPI_COMM_WORLD);
  std::vector<std::vector<std::string>> per_rank;
  if (is_root())
    for (int r = 0; r < size_; ++r) per_rank.push_back(unpack(all.data() + offsets[r], static_cast<std::size_t>(sizes[r])));
  return per_rank;
#else
  return {local};
#endif
}

std::string ProcessGroup::first_failure(const std::string& local_failure) const {
  if (!mpi_) return local_failure;
  std::string failure;
  const auto per_rank = gather({local_failure});
  for (std::size_t r = 0; r < per_rank.size() && failure.empty(); ++r)
    if (!per_rank[r].empty() && !per_rank[r].front().empty())
      failure = r == 0 ? per_rank[r].front() : "rank " + std::to_string(r) + ": " + per_rank[r].front();
  broadcast(failure);
  return failure;
}

}  // namespace parley::tournament
