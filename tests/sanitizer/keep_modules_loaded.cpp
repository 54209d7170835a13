// Preloaded (LD_PRELOAD) into the MPI ranks of `make test-sanitize` only. Open MPI 4.1 unloads
// its plugins in MPI_Finalize, before LeakSanitizer reports at exit; the addresses of their
// start-up allocations then belong to no module, so the suppressions in leaks.supp, which name
// Open MPI's libraries, cannot match them. Open MPI 4.1 has no setting to keep plugins loaded
// (5.0 adds mca_base_component_disable_dlclose), so dlclose does nothing here.
extern "C" int dlclose(void*) { return 0; }
