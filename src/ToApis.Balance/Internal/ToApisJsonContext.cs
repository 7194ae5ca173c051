using System.Text.Json.Serialization;

namespace ToApis.Balance.Internal;

/// <summary>Source-generated metadata for the wire shape: no reflection when a body is read.</summary>
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(BalanceResponse))]
internal sealed partial class ToApisJsonContext : JsonSerializerContext;
