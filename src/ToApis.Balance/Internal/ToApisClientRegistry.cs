using System.Collections.Concurrent;

namespace ToApis.Balance.Internal;

/// <summary>The clients registered with dependency injection, by name: what their options validation needs to know.</summary>
internal sealed class ToApisClientRegistry
{
    private readonly ConcurrentDictionary<string, ClientIdentity> clients = new(StringComparer.Ordinal);

    /// <summary>Records a registration; a later one for the same name with a configuration section names that section.</summary>
    public void Register(string name, string? configurationPath) =>
        clients.AddOrUpdate(name, new ClientIdentity(name, configurationPath), (_, known) => configurationPath is null ? known : known with { ConfigurationPath = configurationPath });

    public ClientIdentity? Find(string name) => clients.TryGetValue(name, out var identity) ? identity : null;
}
