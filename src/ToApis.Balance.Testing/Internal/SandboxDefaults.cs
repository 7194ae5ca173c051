namespace ToApis.Balance.Testing.Internal;

/// <summary>The documented defaults of <see cref="ToApisSandboxOptions"/> and of the scenarios, in one place.</summary>
internal static class SandboxDefaults
{
    public const string Scenario = "limited";

    /// <summary>A name under the reserved <c>.invalid</c> domain (RFC 2606): without the sandbox's handler, a call fails at once instead of reaching a real server.</summary>
    public const string InProcessBaseAddress = "https://sandbox.toapis.invalid/";

    /// <summary>The longest <see cref="ToApisSandboxOptions.SlowDelay"/> and <see cref="ToApisSandboxOptions.RetryAfter"/>.</summary>
    public static readonly TimeSpan MaxTimeSpan = TimeSpan.FromDays(1);

    /// <summary>The largest amount of the <c>falling</c> scenario's options.</summary>
    public const decimal MaxAmount = 1_000_000_000m;

    /// <summary>What the falling balance has used when it starts: with the default start of 10, the balance starts at 10 % of 100.</summary>
    public const decimal FallingUsedAtStart = 90m;

    public const decimal FallingStartBalance = 10m;

    public const decimal FallingSpendPerMinute = 2m;

    public static readonly TimeSpan SlowDelay = TimeSpan.FromSeconds(3);

    /// <summary>Above the client's default <c>MaxRetryAfter</c> (10 s), so a client with default options reports the wait instead of sleeping through it.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);
}
