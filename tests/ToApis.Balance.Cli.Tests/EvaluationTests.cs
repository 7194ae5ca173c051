namespace ToApis.Balance.Cli.Tests;

/// <summary>The one-line summary of a key's state: what was found, which side limits it, what could not be judged.</summary>
public sealed class EvaluationTests
{
    [Fact]
    public void Of_NeitherCreditsNorABalance_UnknownAndSaysExhaustionCannotBeJudged()
    {
        var evaluation = Evaluation.Of(Token(new TokenBalance()), null, null);

        Assert.Equal(new Evaluation(PluginStatus.Unknown, "remaining credits not reported; the server reported neither credits nor a balance, so whether it has run out is not known"), evaluation);
    }

    [Theory]
    [InlineData(ThresholdMeasure.Usd, "5usd", "remaining US dollars")]
    [InlineData(ThresholdMeasure.PercentRemaining, "10%", "remaining and used figures")]
    public void Of_ThresholdOnAFigureNotReported_UnknownNamingTheFigure(ThresholdMeasure measure, string written, string figure)
    {
        var threshold = new BalanceThreshold { Measure = measure, Value = measure == ThresholdMeasure.Usd ? 5 : 10, Level = AlertLevel.Warning };

        var evaluation = Evaluation.Of(Token(new TokenBalance { RemainingCredits = Quota.Limited(1500m) }), threshold, null);

        Assert.Equal(new Evaluation(PluginStatus.Unknown, $"1500 credits left; the server did not report the {figure} the warning threshold {written} needs"), evaluation);
    }

    [Fact]
    public void Of_ThresholdOnTheBalanceNotReported_UnknownNamingTheBalance()
    {
        var threshold = new BalanceThreshold { Measure = ThresholdMeasure.Balance, Value = 5, Level = AlertLevel.Critical };

        var evaluation = Evaluation.Of(Token(new TokenBalance { RemainingCredits = Quota.Limited(1500m) }), null, threshold);

        Assert.Contains("did not report the remaining balance the critical threshold", evaluation.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_CreditsWithoutUsd_SaysOnlyTheCredits()
    {
        var evaluation = Evaluation.Of(Token(new TokenBalance { RemainingCredits = Quota.Limited(1500m) }), null, null);

        Assert.Equal(new Evaluation(PluginStatus.Ok, "1500 credits left"), evaluation);
    }

    [Theory]
    [InlineData(1_000, 5_000, "1000 credits left (limited by the key)")]
    [InlineData(5_000, 1_000, "1000 credits left (limited by the account)")]
    public void Of_BothSidesDiffer_SaysWhichSideLimits(int key, int account, string summary)
    {
        var reading = new KeyReading("key 1", BalanceScope.Both, new TokenBalance { RemainingCredits = Quota.Limited(key) }, new UserBalance { RemainingCredits = Quota.Limited(account) }, null);

        Assert.Equal(summary, Evaluation.Of(reading, null, null).Summary);
    }

    private static KeyReading Token(TokenBalance balance) => new("key 1", BalanceScope.Token, balance, null, null);
}
