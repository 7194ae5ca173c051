using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Caching.Hybrid;

namespace ToApis.Balance.Caching.Internal;

/// <summary>Writes and reads a balance for <see cref="HybridCache"/>'s second level, by the record's own JSON contract (see <see cref="CachingJsonContext"/>).</summary>
/// <typeparam name="T">The balance type of an endpoint: <see cref="TokenBalance"/> or <see cref="UserBalance"/>.</typeparam>
internal sealed class BalanceSnapshotSerializer<T> : IHybridCacheSerializer<T>
    where T : BalanceSnapshot
{
    private readonly JsonTypeInfo<T> contract = CachingJsonContext.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new InvalidOperationException($"The fleet cache has no JSON contract for {typeof(T).Name}; it stores TokenBalance and UserBalance.");

    public T Deserialize(ReadOnlySequence<byte> source)
    {
        var reader = new Utf8JsonReader(source);
        return JsonSerializer.Deserialize(ref reader, contract) ?? throw new JsonException("A cached balance was null.");
    }

    public void Serialize(T value, IBufferWriter<byte> target)
    {
        ArgumentNullException.ThrowIfNull(value);
        using var writer = new Utf8JsonWriter(target);
        JsonSerializer.Serialize(writer, value, contract);
    }
}
