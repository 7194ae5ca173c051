using ToApis.Balance.Testing.Internal;

namespace ToApis.Balance.Testing;

/// <summary>
/// Settings of a <see cref="ToApisSandbox"/>. Bind them from a configuration section (keys match the property
/// names, such as <c>{ "Scenario": "low", "Port": 5099 }</c>) or set them in code. A sandbox checks them when it is
/// made and throws an <see cref="ArgumentException"/> that names every option out of its range.
/// </summary>
public sealed class ToApisSandboxOptions
{
    /// <summary>Gets or sets the name of the scenario the sandbox starts with (one of <see cref="ToApisSandboxScenario.Names"/>, case ignored).</summary>
    /// <value>The default value is <c>limited</c>.</value>
    public string Scenario { get; set; } = SandboxDefaults.Scenario;

    /// <summary>
    /// Gets or sets the loopback port of the server mode (<see cref="ToApisSandbox.StartAsync"/>):
    /// a fixed port lets a configuration file point a client at <c>http://127.0.0.1:&lt;port&gt;</c>. The in-process mode has no port.
    /// </summary>
    /// <value>The default value is 0: a free port, chosen when the server starts. The allowed range is 0 to 65535.</value>
    public int Port { get; set; }

    /// <summary>Gets or sets how long the <c>slow</c> scenario waits before it answers, by the sandbox's <see cref="TimeProvider"/>.</summary>
    /// <value>The default value is 3 seconds. The allowed range is 0 to 24 hours.</value>
    public TimeSpan SlowDelay { get; set; } = SandboxDefaults.SlowDelay;

    /// <summary>Gets or sets the <c>Retry-After</c> of the <c>rate-limited</c> scenario; a fraction of a second is rounded up.</summary>
    /// <value>
    /// The default value is 30 seconds: longer than a client waits by default
    /// (<see cref="ToApisBalanceClientOptions.MaxRetryAfter"/>), so the call fails at once with the wait in
    /// <see cref="ToApisException.RetryAfter"/>. The allowed range is 0 to 24 hours.
    /// </value>
    public TimeSpan RetryAfter { get; set; } = SandboxDefaults.RetryAfter;

    /// <summary>Gets or sets the balance the <c>falling</c> scenario starts at, in US dollars.</summary>
    /// <value>The default value is 10. The allowed range is 0 to 1,000,000,000.</value>
    public decimal FallingStartBalance { get; set; } = SandboxDefaults.FallingStartBalance;

    /// <summary>Gets or sets how much the <c>falling</c> scenario spends a minute, in US dollars.</summary>
    /// <value>The default value is 2: the default start runs out after 5 minutes. The allowed range is 0 to 1,000,000,000.</value>
    public decimal FallingSpendPerMinute { get; set; } = SandboxDefaults.FallingSpendPerMinute;
}
