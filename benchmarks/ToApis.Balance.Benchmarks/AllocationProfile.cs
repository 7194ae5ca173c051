using System.Globalization;

namespace ToApis.Balance.Benchmarks;

/// <summary>
/// Per contender, in-process (or over loopback with <c>--loopback</c>, the server's bytes included): the exact
/// bytes per call (all threads), and by type an estimate from the GC's allocation ticks, so the SDK's extra
/// bytes can be put on the types that carry them.
/// </summary>
internal static class AllocationProfile
{
    public static async Task RunAsync(ModeArguments arguments)
    {
        var calls = arguments.Get("calls", 200_000);
        var top = arguments.Get("top", 25);
        await using var server = arguments.Has("loopback") ? await LoopbackServer.StartAsync() : null;
        using var clients = server is null
            ? new Contenders(() => new CannedResponseHandler(), new Uri("https://toapis.com"))
            : new Contenders(() => new SocketsHttpHandler(), server.BaseAddress);
        await clients.VerifyAsync();

        // RestService.For<T> picks the source-generated client when there is one: shown, not assumed.
        Console.WriteLine($"Refit client type: {clients.Refit.GetType().FullName}");
        (string Name, Func<Task> Call)[] contenders =
        [
            ("Floor", () => clients.Floor.GetUserBalanceAsync()),
            ("SDK GetUserBalanceAsync", () => clients.Sdk.GetUserBalanceAsync()),
            ("Refit", () => clients.Refit.GetUserBalanceAsync()),
            ("Refit + Polly", () => clients.RefitPolly.GetUserBalanceAsync()),
            ("Reference, Refit kept", () => clients.Reference.GetUserBalanceAsync()),
        ];

        var only = arguments.GetText("only", string.Empty);
        foreach (var (name, call) in contenders.Where(c => only.Length == 0 || c.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
        {
            for (var i = 0; i < 20_000; i++)
            {
                await call();
            }

            var before = GC.GetTotalAllocatedBytes(precise: true);
            using var listener = new AllocationTickListener();
            for (var i = 0; i < calls; i++)
            {
                await call();
            }

            var exact = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)calls;

            // The ticks are dispatched on the listener's own thread, a little later.
            await Task.Delay(TimeSpan.FromSeconds(2));
            var byType = listener.BytesByType;
            var sampled = byType.Values.Sum() / (double)calls;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {exact:F0} B/call exact (all threads); ticks account for {sampled:F0} B/call"));
            foreach (var (type, bytes) in byType.OrderByDescending(pair => pair.Value).Take(top))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bytes / (double)calls,7:F0} B  {type}"));
            }
        }
    }
}
