using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.Caching.Hybrid;

namespace ToApis.Balance.Caching.Internal;

/// <summary>Writes and reads a balance for <see cref="HybridCache"/>'s second level, through <see cref="CachedBalance"/>.</summary>
/// <typeparam name="T">The balance type of an endpoint.</typeparam>
internal sealed class BalanceSnapshotSerializer<T> : IHybridCacheSerializer<T>
    where T : BalanceSnapshot, new()
{
    public T Deserialize(ReadOnlySequence<byte> source)
    {
        var reader = new Utf8JsonReader(source);
        var cached = JsonSerializer.Deserialize(ref reader, CachingJsonContext.Default.CachedBalance)
            ?? throw new JsonException("A cached balance was null.");
        return cached.ToBalance<T>();
    }

    public void Serialize(T value, IBufferWriter<byte> target)
    {
        ArgumentNullException.ThrowIfNull(value);
        using var writer = new Utf8JsonWriter(target);
        JsonSerializer.Serialize(writer, CachedBalance.From(value), CachingJsonContext.Default.CachedBalance);
    }
}
