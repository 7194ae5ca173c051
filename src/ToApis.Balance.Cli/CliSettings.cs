namespace ToApis.Balance.Cli;

/// <summary>The output formats of <c>--format</c>.</summary>
internal enum OutputFormat
{
    /// <summary>A table for a person (and the plugin line first when thresholds are given).</summary>
    Table,

    /// <summary>JSON with stable snake_case names; one compact document per refresh with <c>--watch</c>.</summary>
    Json,

    /// <summary>The Prometheus text exposition format, for node_exporter's textfile collector.</summary>
    Prometheus,
}

/// <summary>Where the API keys come from.</summary>
internal enum KeySource
{
    /// <summary><c>TOAPIS_API_KEY</c>, else a prompt that does not echo (on a terminal only).</summary>
    Environment,

    /// <summary>The first line of standard input (<c>--api-key-stdin</c>).</summary>
    StandardInputLine,

    /// <summary>One key per line of standard input (<c>--keys-stdin</c>).</summary>
    StandardInputLines,
}

/// <summary>A run's settings, parsed and checked.</summary>
internal sealed record CliSettings
{
    public BalanceScope Scope { get; init; } = BalanceScope.Both;

    public OutputFormat Format { get; init; } = OutputFormat.Table;

    public Uri? BaseAddress { get; init; }

    public BalanceUnit Unit { get; init; } = BalanceUnit.Unspecified;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan? Watch { get; init; }

    public string? OutputFile { get; init; }

    public string? SandboxScenario { get; init; }

    public BalanceThreshold? Warning { get; init; }

    public BalanceThreshold? Critical { get; init; }

    public KeySource Keys { get; init; } = KeySource.Environment;

    /// <summary>Gets a value indicating whether thresholds were given, so the run reports in the plugin style.</summary>
    public bool HasThresholds => Warning is not null || Critical is not null;
}
