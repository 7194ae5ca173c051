using System.Text.Json.Serialization;

namespace ToApis.Balance.Benchmarks;

/// <summary>The floor's own source-generated metadata: no reflection when it reads a body.</summary>
[JsonSerializable(typeof(BalanceDto))]
internal sealed partial class FloorJsonContext : JsonSerializerContext;
