using System.Text.Json.Serialization;

namespace ToApis.Balance.Caching.Internal;

/// <summary>
/// The JSON contract of the cached balances, generated from the records themselves: every property they can be
/// built with is stored and restored, so a property added to <see cref="BalanceSnapshot"/> travels through the
/// fleet cache with no edit here. Source-generated: no reflection, so trimming and Native AOT stay safe.
/// </summary>
/// <remarks>
/// The computed properties (<see cref="BalanceSnapshot.IsUnlimited"/>) are left out: the record computes them again.
/// The shape is the one earlier versions wrote, so instances of both can share a cache during a rolling upgrade.
/// </remarks>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    IgnoreReadOnlyProperties = true,
    Converters = [typeof(QuotaJsonConverter)])]
[JsonSerializable(typeof(TokenBalance))]
[JsonSerializable(typeof(UserBalance))]
[JsonSerializable(typeof(CachedQuota))]
internal sealed partial class CachingJsonContext : JsonSerializerContext;
