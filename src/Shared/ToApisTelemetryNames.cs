namespace ToApis.Balance.Internal;

/// <summary>
/// The names the client's and the monitor's metrics and spans share, so both tag alike: one meter and activity source,
/// the client's name and the balance's scope. Shared source, compiled into the core and the monitoring package.
/// </summary>
internal static class ToApisTelemetryNames
{
    /// <summary>The meter's and the activity source's name.</summary>
    public const string Source = "ToApis.Balance";

    /// <summary>The balance client's name; <see cref="ClientTagValue"/> gives its value.</summary>
    public const string ClientTag = "toapis.client.name";

    /// <summary>Which balance a figure or call is about: <c>token</c>, <c>user</c> (or, for the monitor, <c>effective</c>).</summary>
    public const string ScopeTag = "toapis.balance.scope";

    /// <summary>OpenTelemetry's tag for why an operation failed.</summary>
    public const string ErrorTypeTag = "error.type";

    /// <summary>The client's name as tagged: <c>default</c> for the unnamed client.</summary>
    public static string ClientTagValue(string clientName) => clientName.Length == 0 ? "default" : clientName;
}
