using BenchmarkDotNet.Running;
using ToApis.Balance.Benchmarks;

// No mode: BenchmarkDotNet, so `-- --filter '*'` and its other switches work as usual.
switch (args.FirstOrDefault())
{
    case "loopback-alternate":
        await LoopbackAlternate.RunAsync(new ModeArguments(args));
        break;
    case "work-items":
        await WorkItems.RunAsync(new ModeArguments(args));
        break;
    case "throughput":
        await Throughput.RunAsync(new ModeArguments(args));
        break;
    case "allocations":
        await AllocationProfile.RunAsync(new ModeArguments(args));
        break;
    case "monitor-footprint":
        await MonitorFootprint.RunAsync(new ModeArguments(args));
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(ClientBenchmarks).Assembly).Run(args);
        break;
}
