namespace ToApis.Balance.Testing.Internal;

/// <summary>The checked options a sandbox runs with, copied so that later changes to the options have no effect.</summary>
internal sealed record SandboxSettings(int Port, TimeSpan SlowDelay, TimeSpan RetryAfter, decimal FallingStartBalance, decimal FallingSpendPerMinute)
{
    public static SandboxSettings From(ToApisSandboxOptions options) =>
        new(options.Port, options.SlowDelay, options.RetryAfter, options.FallingStartBalance, options.FallingSpendPerMinute);
}
