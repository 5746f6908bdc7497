// Each test starts real server processes and PostgreSQL clusters on a small machine: one at a time keeps their
// timings (deadlines, membership probes) honest.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
