namespace ToApis.Balance.Internal;

/// <summary>
/// Which client a set of options belongs to, and where they came from: what validation messages name, and
/// whether the <c>TOAPIS_API_KEY</c> environment variable may stand in for a missing key.
/// </summary>
/// <param name="Name">The client's name; empty for the unnamed client and the constructors.</param>
/// <param name="ConfigurationPath">The configuration section the options were bound from, or <see langword="null"/>.</param>
internal sealed record ClientIdentity(string Name, string? ConfigurationPath)
{
    /// <summary>A client created with a constructor: no name, options set in code.</summary>
    public static ClientIdentity Constructed { get; } = new(string.Empty, null);

    /// <summary>
    /// Only the unnamed client reads the environment: a named client without a key of its own would otherwise
    /// silently read another account's balance.
    /// </summary>
    public bool ReadsEnvironmentKey => Name.Length == 0;

    /// <summary>How a message names an option: its configuration key when bound from a section, else the property.</summary>
    public string Option(string property) => ConfigurationPath is null ? property : $"{ConfigurationPath}:{property}";

    /// <summary>A failure as a message says it, prefixed with the client's name when it has one.</summary>
    public string Describe(string failure) => Name.Length == 0 ? failure : $"ToAPIs client '{Name}': {failure}";
}
