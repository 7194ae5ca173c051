using ToApis.Balance.LoadHarness;

namespace ToApis.Balance.Tests.Load;

/// <summary>One run of the harness's short mode (both phases), shared by the tests that read its figures.</summary>
public sealed class ShortModeRun : IAsyncLifetime
{
    internal HarnessResult Result { get; private set; } = null!;

    public async Task InitializeAsync() => Result = await LoadHarnessRunner.RunAsync(HarnessSettings.Short);

    public Task DisposeAsync() => Task.CompletedTask;

    internal PhaseResult Phase(string name) => name switch
    {
        "clean" => Result.Clean,
        "faulty" => Result.Faulty,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "A phase is clean or faulty."),
    };
}
