namespace ToApis.Balance.LoadHarness;

/// <summary>Runs the two phases: clean (no failure may happen) and faulty (every failure typed, requests bounded).</summary>
internal static class LoadHarnessRunner
{
    public static async Task<HarnessResult> RunAsync(HarnessSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Calls, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Concurrency, 1);

        var clean = await PhaseRunner.RunAsync("clean", faultRate: 0d, settings, cancellationToken);
        var faulty = await PhaseRunner.RunAsync("faulty", settings.FaultRate, settings, cancellationToken);
        return new HarnessResult(settings, settings.CreateClientOptions(new Uri("http://127.0.0.1/")), clean, faulty);
    }
}
