using ToApis.Balance.Internal;
using BalanceQuota = ToApis.Balance.Quota;

namespace ToApis.Balance.Testing;

/// <summary>
/// Builds the SDK's result records and exceptions for tests, with every derived view as the client derives it from
/// a response: no hand-built record with a USD figure that does not match its credits.
/// </summary>
/// <remarks>
/// The balance methods take what a server sends (the parameters follow the fields of the balance body) and return
/// exactly what <see cref="ToApisBalanceClient"/> returns for that body, with the client's
/// <see cref="ToApisBalanceClientOptions.BalanceUnit"/> set to <c>unit</c>. One convenience goes beyond the wire:
/// when the unit is US dollars and credits are not given, they follow from the balance at
/// <c>creditsPerUsd</c>, as ToAPIs computes them.
/// </remarks>
public static partial class ToApisModelFactory
{
    /// <summary>Builds the balance of an API key (<c>GET /v1/balance</c>).</summary>
    /// <param name="remaining">The remaining balance (<c>remain_balance</c>) in <paramref name="unit"/>; <see langword="null"/> when not reported.</param>
    /// <param name="used">The balance used (<c>used_balance</c>); <see langword="null"/> when not reported.</param>
    /// <param name="unlimited">
    /// The server's <c>unlimited_quota</c>. <see langword="null"/> (not sent): only a <paramref name="remaining"/> of
    /// <c>-1</c> stands for Unlimited, as the client reads it; <see langword="false"/>: <c>-1</c> is an overdrawn balance.
    /// </param>
    /// <param name="unit">The unit the client is configured with; with <see cref="BalanceUnit.Usd"/> (the default), credits not given follow from the balance.</param>
    /// <param name="remainingCredits">The remaining credits (<c>remain_credits</c>); <see langword="null"/>: <paramref name="remaining"/> × <paramref name="creditsPerUsd"/> when the unit is US dollars and the rate is above zero, else not reported.</param>
    /// <param name="usedCredits">The credits used (<c>used_credits</c>); <see langword="null"/>: derived from <paramref name="used"/> as <paramref name="remainingCredits"/> is.</param>
    /// <param name="creditsPerUsd">The credit rate (<c>credits_per_usd</c>), 200 by default; <see langword="null"/> when not reported, as older deployments send no credit fields at all.</param>
    /// <param name="fetchedAt">When the client received the balance.</param>
    /// <returns>The balance the client returns for that body.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The credits to derive are too large for a <see cref="decimal"/>.</exception>
    public static TokenBalance TokenBalance(
        decimal? remaining = null,
        decimal? used = null,
        bool? unlimited = null,
        BalanceUnit unit = BalanceUnit.Usd,
        decimal? remainingCredits = null,
        decimal? usedCredits = null,
        decimal? creditsPerUsd = BalanceMapper.DocumentedCreditsPerUsd,
        DateTimeOffset fetchedAt = default) =>
        Balance<TokenBalance>(remaining, used, unlimited, unit, remainingCredits, usedCredits, creditsPerUsd, fetchedAt);

    /// <summary>Builds the balance of the account that owns an API key (<c>GET /v1/user/balance</c>).</summary>
    /// <inheritdoc cref="TokenBalance" path="/param"/>
    /// <returns>The balance the client returns for that body.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The credits to derive are too large for a <see cref="decimal"/>.</exception>
    public static UserBalance UserBalance(
        decimal? remaining = null,
        decimal? used = null,
        bool? unlimited = null,
        BalanceUnit unit = BalanceUnit.Usd,
        decimal? remainingCredits = null,
        decimal? usedCredits = null,
        decimal? creditsPerUsd = BalanceMapper.DocumentedCreditsPerUsd,
        DateTimeOffset fetchedAt = default) =>
        Balance<UserBalance>(remaining, used, unlimited, unit, remainingCredits, usedCredits, creditsPerUsd, fetchedAt);

    /// <summary>Builds a remaining amount as the client reads it from the server's figure and its <c>unlimited_quota</c>.</summary>
    /// <param name="amount">The figure the server sent, or <see langword="null"/> when it sent none.</param>
    /// <param name="unlimited">The server's <c>unlimited_quota</c>; <see langword="null"/> (not sent): only <c>-1</c> stands for Unlimited.</param>
    /// <returns><see cref="BalanceQuota.Unlimited"/>, <see cref="BalanceQuota.NotReported"/>, or a limited amount.</returns>
    public static BalanceQuota Quota(decimal? amount, bool? unlimited = null) =>
        BalanceMapper.ToQuota(amount, BalanceMapper.IsUnlimited(amount, unlimited));

    /// <summary>The body those arguments stand for, mapped by the client's own mapping.</summary>
    private static T Balance<T>(
        decimal? remaining, decimal? used, bool? unlimited, BalanceUnit unit, decimal? remainingCredits, decimal? usedCredits, decimal? creditsPerUsd, DateTimeOffset fetchedAt)
        where T : BalanceSnapshot, new()
    {
        if (unit == BalanceUnit.Usd && creditsPerUsd is > 0m and var perUsd)
        {
            remainingCredits ??= BalanceMapper.IsUnlimited(remaining, unlimited) ? null : Credits(remaining, perUsd, nameof(remaining));
            usedCredits ??= Credits(used, perUsd, nameof(used));
        }

        var body = new WireBalance
        {
            RemainBalance = remaining,
            UsedBalance = used,
            RemainCredits = remainingCredits,
            UsedCredits = usedCredits,
            CreditsPerUsd = creditsPerUsd,
            UnlimitedQuota = unlimited,
        };
        return BalanceMapper.ToSnapshot<T>(body, unit, fetchedAt);
    }

    private static decimal? Credits(decimal? usd, decimal perUsd, string parameter)
    {
        try
        {
            return usd * perUsd;
        }
        catch (OverflowException)
        {
            throw new ArgumentOutOfRangeException(parameter, usd, $"{parameter} × creditsPerUsd does not fit a decimal; pass the credits yourself.");
        }
    }
}
