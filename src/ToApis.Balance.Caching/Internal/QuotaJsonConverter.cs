using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToApis.Balance.Caching.Internal;

/// <summary>A <see cref="Quota"/> keeps its state private, so the cache writes and reads it as a <see cref="CachedQuota"/>.</summary>
internal sealed class QuotaJsonConverter : JsonConverter<Quota>
{
    public override Quota Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CachedQuota.ToQuota(JsonSerializer.Deserialize(ref reader, CachingJsonContext.Default.CachedQuota));

    /// <summary>Not reported is <c>null</c>, though a balance's property that is not reported is left out altogether (its default).</summary>
    public override void Write(Utf8JsonWriter writer, Quota value, JsonSerializerOptions options)
    {
        if (CachedQuota.From(value) is { } quota)
        {
            JsonSerializer.Serialize(writer, quota, CachingJsonContext.Default.CachedQuota);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
