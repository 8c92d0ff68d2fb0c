// Preloaded into the apps by `BENCH_CPU_PROFILE`: Nest re-raises SIGTERM after its shutdown hooks,
// and a process killed by a signal never writes its --cpu-prof profile; a normal exit does.
process.once('SIGTERM', () => process.exit(0));
