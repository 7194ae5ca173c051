using BenchmarkDotNet.Running;
using ToApis.Balance.Benchmarks;

// No mode: BenchmarkDotNet, so `-- --filter '*'` and its other switches work as usual.
BenchmarkSwitcher.FromAssembly(typeof(ClientBenchmarks).Assembly).Run(args);
