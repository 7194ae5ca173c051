namespace ToApis.Balance.Cli;

/// <summary>The monitoring-plugin states and their exit codes (Nagios, Icinga, Zabbix, Sensu all read these).</summary>
internal enum PluginStatus
{
    /// <summary>Read, and above every threshold (or no thresholds, or unlimited).</summary>
    Ok = 0,

    /// <summary>At or below the warning threshold.</summary>
    Warning = 1,

    /// <summary>At or below the critical threshold.</summary>
    Critical = 2,

    /// <summary>Not known: the balance could not be read, a threshold's figure was not reported, or the arguments were wrong.</summary>
    Unknown = 3,
}

/// <summary>Ordering and names of <see cref="PluginStatus"/>.</summary>
internal static class PluginStatuses
{
    /// <summary>
    /// How bad a state is, to take the worst over several keys: a known critical or warning outranks not knowing
    /// (the monitoring-plugins convention), and not knowing outranks OK, so a failure is never hidden as OK.
    /// </summary>
    public static int Severity(this PluginStatus status) => status switch
    {
        PluginStatus.Ok => 0,
        PluginStatus.Unknown => 1,
        PluginStatus.Warning => 2,
        _ => 3,
    };

    public static PluginStatus Worst(PluginStatus left, PluginStatus right) => left.Severity() >= right.Severity() ? left : right;

    /// <summary>The plugin-style upper-case name (OK, WARNING, CRITICAL, UNKNOWN).</summary>
    public static string Name(this PluginStatus status) => status switch
    {
        PluginStatus.Ok => "OK",
        PluginStatus.Warning => "WARNING",
        PluginStatus.Critical => "CRITICAL",
        _ => "UNKNOWN",
    };
}
