using System.Text.RegularExpressions;
using ToApis.Balance.Monitoring.Internal;

namespace ToApis.Balance.Monitoring.Tests.Internal;

/// <summary>
/// Every alert text, rendered with figures missing, unlimited and extreme, and with a forecast that knows no rate or
/// ratio: never a blank where a figure should be, never a sentinel.
/// </summary>
public sealed partial class AlertMessagesTests
{
    public static TheoryData<string> Snapshots => [.. Cases().Keys];

    [Theory]
    [MemberData(nameof(Snapshots))]
    public void EveryAlertText_AnySnapshot_HasNoBlankFigure(string name)
    {
        var snapshot = Cases()[name];
        var threshold = BalanceThreshold.PercentRemaining(10, AlertLevel.Critical);
        string[] texts =
        [
            AlertMessages.ThresholdEntered(snapshot, threshold),
            AlertMessages.ThresholdEntered(snapshot, BalanceThreshold.Credits(2_000, AlertLevel.Warning)),
            AlertMessages.ThresholdRecovered(snapshot, threshold, AlertLevel.Ok),
            AlertMessages.Exhaustion(snapshot, TimeSpan.FromHours(24)),
            AlertMessages.ExhaustionRecovered(snapshot),
            AlertMessages.Exhausted(snapshot),
            AlertMessages.ExhaustedRecovered(snapshot),
            AlertMessages.Spike(snapshot, TimeSpan.FromMinutes(15)),
            AlertMessages.SpikeRecovered(snapshot),
            AlertMessages.PollsRecovered(snapshot),
            .. snapshot.LastFailure is null ? Array.Empty<string>() : [AlertMessages.Failures(snapshot), AlertMessages.Authentication(snapshot)],
        ];

        foreach (var text in texts)
        {
            Assert.False(Blank().IsMatch(text), $"a blank figure in: {text}");
            Assert.DoesNotContain("-1 ", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Exhausted_OnlyTheBalanceReported_SaysTheBalanceLeft()
    {
        var snapshot = Snapshot(new TokenBalance { Remaining = Quota.Limited(0m), Used = 10m });

        Assert.Equal("ToAPIs balance: the balance has run out (0 left). Recharge the account or raise the key's quota.", AlertMessages.Exhausted(snapshot));
    }

    [Fact]
    public void Failures_BeforeAnyBalanceWasRead_SaysNoneWasRead()
    {
        var snapshot = new BalanceMonitorSnapshot { ClientName = "batch", ConsecutiveFailures = 3, LastFailure = new ToApisServerException("HTTP 503") };

        Assert.Equal("ToAPIs balance of client 'batch': 3 polls in a row failed; the latest: HTTP 503 No balance has been read yet.", AlertMessages.Failures(snapshot));
    }

    [Fact]
    public void ThresholdEntered_PercentNotReported_SaysNotReportedNeverUnlimited()
    {
        var snapshot = Snapshot(new TokenBalance { RemainingCredits = Quota.Limited(500m) });

        var text = AlertMessages.ThresholdEntered(snapshot, BalanceThreshold.PercentRemaining(10, AlertLevel.Critical));

        Assert.StartsWith("ToAPIs balance: PercentRemaining is not reported, at or below", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Exhaustion_HorizonOfOneHour_InHoursFromTheFirstHourOn()
    {
        var snapshot = Snapshot(new TokenBalance { RemainingCredits = Quota.Limited(500m) }) with
        {
            Forecast = new SpendForecast { CreditsPerHour = 1000, TimeToExhaustion = TimeSpan.FromMinutes(30), ExhaustionAt = At.AddMinutes(30) },
        };

        Assert.Equal(
            "ToAPIs balance: at 1000 credits per hour the balance runs out in 30 min (at 2026-01-01 00:30:00Z), within the 1 h horizon. Recharge or slow the spend.",
            AlertMessages.Exhaustion(snapshot, TimeSpan.FromHours(1)));
    }

    private static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static BalanceMonitorSnapshot Snapshot(TokenBalance balance) =>
        new() { ClientName = string.Empty, Scope = BalanceScope.Token, Token = balance, Figures = BalanceFigures.Of(balance), FetchedAt = At, CheckedAt = At };

    /// <summary>What a missing figure leaves: two spaces, a space before punctuation, or empty brackets.</summary>
    [GeneratedRegex(@"\s{2}|\s[,.;)]|\(\s*\)|at\s+per|runs at\s+times")]
    private static partial Regex Blank();

    private static Dictionary<string, BalanceMonitorSnapshot> Cases()
    {
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        BalanceMonitorSnapshot Of(TokenBalance balance, SpendForecast forecast, Exception? failure = null) => new()
        {
            ClientName = string.Empty,
            Scope = BalanceScope.Token,
            Token = balance,
            Figures = BalanceFigures.Of(balance),
            FetchedAt = at,
            CheckedAt = at.AddMinutes(3),
            Forecast = forecast,
            ConsecutiveFailures = failure is null ? 0 : 3,
            LastFailure = failure,
        };

        var noRates = new SpendForecast { TimeToExhaustion = TimeSpan.Zero, ExhaustionAt = at };
        return new()
        {
            ["nothing reported, nothing known"] = Of(new TokenBalance(), noRates),
            ["unlimited"] = Of(new TokenBalance { Remaining = Quota.Unlimited, RemainingCredits = Quota.Unlimited, RemainingUsd = Quota.Unlimited }, noRates),
            ["overdrawn, no rate yet"] = Of(new TokenBalance { RemainingCredits = Quota.Limited(-500m), UsedCredits = 20_500m }, noRates),
            ["balance only, balance rate"] = Of(new TokenBalance { Remaining = Quota.Limited(3m), Used = 1m }, noRates with { BalancePerHour = 0.5 }),
            ["extreme figures, a spike after idle"] = Of(new TokenBalance { RemainingCredits = Quota.Limited(decimal.MaxValue), UsedCredits = decimal.MaxValue, Remaining = Quota.Limited(decimal.MinValue) }, noRates with { CreditsPerHour = double.MaxValue, IsSpike = true }),
            ["a failing poll"] = Of(new TokenBalance { RemainingCredits = Quota.Limited(1_000m) }, noRates, new ToApisServerException("HTTP 503")),
        };
    }
}
