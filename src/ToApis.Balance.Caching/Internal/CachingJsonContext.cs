using System.Text.Json.Serialization;

namespace ToApis.Balance.Caching.Internal;

/// <summary>Source-generated JSON of the cached figures: no reflection, so trimming and Native AOT stay safe.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
[JsonSerializable(typeof(CachedBalance))]
internal sealed partial class CachingJsonContext : JsonSerializerContext;
