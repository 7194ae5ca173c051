using System.Text.Json.Serialization;

namespace ToApis.Balance.Benchmarks;

/// <summary>The plain DTO a hand-written client (and a Refit interface) reads the success body into.</summary>
public sealed class BalanceDto
{
    [JsonPropertyName("success")]
    public bool Success { get; set; }

    [JsonPropertyName("remain_balance")]
    public decimal RemainBalance { get; set; }

    [JsonPropertyName("used_balance")]
    public decimal UsedBalance { get; set; }

    [JsonPropertyName("remain_credits")]
    public decimal RemainCredits { get; set; }

    [JsonPropertyName("used_credits")]
    public decimal UsedCredits { get; set; }

    [JsonPropertyName("credits_per_usd")]
    public decimal CreditsPerUsd { get; set; }

    [JsonPropertyName("unlimited_quota")]
    public bool UnlimitedQuota { get; set; }
}
