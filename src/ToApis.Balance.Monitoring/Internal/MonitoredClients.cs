using System.Collections.Concurrent;

namespace ToApis.Balance.Monitoring.Internal;

/// <summary>The names of the clients whose balance is monitored (<c>""</c> for the unnamed client), in registration order.</summary>
internal sealed class MonitoredClients
{
    private readonly ConcurrentDictionary<string, int> names = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Names => [.. names.OrderBy(pair => pair.Value).Select(pair => pair.Key)];

    public void Add(string name) => names.TryAdd(name, names.Count);

    public bool Contains(string name) => names.ContainsKey(name);
}
