using System.Globalization;

namespace ToApis.Balance.Benchmarks;

/// <summary>
/// Thread-pool work items per call over loopback, each contender alone: a figure that does not depend on how
/// busy the machine is. Every work item is a hop from one thread to another, which costs latency (a wake-up)
/// rather than CPU, so a client that hops more than the floor is slower over a network than in-process.
/// </summary>
internal static class WorkItems
{
    public static async Task RunAsync(ModeArguments arguments)
    {
        var calls = arguments.Get("calls", 20_000);
        await using var server = await LoopbackServer.StartAsync();
        using var clients = new Contenders(() => new SocketsHttpHandler(), server.BaseAddress);
        await clients.VerifyAsync();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"work-items: thread-pool work items per call over loopback, {calls:N0} sequential calls each (the server's share included)"));
        foreach (var call in clients.Calls())
        {
            for (var i = 0; i < 1_000; i++)
            {
                await call.Call();
            }

            var before = ThreadPool.CompletedWorkItemCount;
            for (var i = 0; i < calls; i++)
            {
                await call.Call();
            }

            var perCall = (double)(ThreadPool.CompletedWorkItemCount - before) / calls;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {call.Name,-14} {perCall,6:F2} work items per call"));
        }
    }
}
