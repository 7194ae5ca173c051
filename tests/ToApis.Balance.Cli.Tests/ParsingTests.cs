using System.Globalization;
using CsCheck;
using ToApis.Balance.Cli.Output;

namespace ToApis.Balance.Cli.Tests;

/// <summary>Thresholds, durations and the plugin line, from the text a person types to what is compared and printed.</summary>
public sealed class ParsingTests
{
    [Theory]
    [InlineData("2000", "Credits", "2000")]
    [InlineData("12.5", "Credits", "12.5")]
    [InlineData("5usd", "Usd", "5")]
    [InlineData("5 USD", "Usd", "5")]
    [InlineData("10%", "PercentRemaining", "10")]
    [InlineData("0", "Credits", "0")]
    public void Threshold_ParsesCreditsUsdAndPercent(string text, string measure, string value)
    {
        Assert.True(ThresholdText.TryParse(text, AlertLevel.Warning, out var threshold, out _));
        Assert.Equal((Enum.Parse<ThresholdMeasure>(measure), decimal.Parse(value, CultureInfo.InvariantCulture), AlertLevel.Warning), (threshold!.Measure, threshold.Value, threshold.Level));
    }

    [Theory]
    [InlineData("")]
    [InlineData("lots")]
    [InlineData("-5")]
    [InlineData("5eur")]
    [InlineData("1,000")]
    [InlineData("101%")]
    [InlineData("1e3")]
    public void Threshold_RefusesAnythingElseAndSaysWhatIsAccepted(string text)
    {
        Assert.False(ThresholdText.TryParse(text, AlertLevel.Critical, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void Threshold_AnyValueWrittenBackParsesToItself()
    {
        ThresholdMeasure[] written = [ThresholdMeasure.Credits, ThresholdMeasure.Usd, ThresholdMeasure.PercentRemaining];
        Gen.Select(Gen.Decimal[0m, 1_000_000_000m], Gen.Int[0, 2].Select(i => written[i])).Sample((value, measure) =>
        {
            if (measure == ThresholdMeasure.PercentRemaining)
            {
                value %= 100m;
            }

            var threshold = new BalanceThreshold { Measure = measure, Value = value, Level = AlertLevel.Critical };
            return ThresholdText.TryParse(ThresholdText.Format(threshold), AlertLevel.Critical, out var back, out _)
                && (back!.Measure, back.Value, back.Level) == (threshold.Measure, threshold.Value, threshold.Level);
        });
    }

    [Theory]
    [InlineData("30s", 30)]
    [InlineData("5m", 300)]
    [InlineData("1h", 3600)]
    [InlineData("500ms", 0.5)]
    [InlineData("90", 90)]
    [InlineData("00:02:00", 120)]
    public void Duration_ParsesUnitsSecondsAndTimeSpans(string text, double seconds)
    {
        Assert.True(Duration.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-5s")]
    [InlineData("1e400s")]
    [InlineData("NaNs")]
    public void Duration_RefusesWhatIsNotADuration(string text)
    {
        Assert.False(Duration.TryParse(text, out _));
    }

    [Fact]
    public void PluginLine_ServerMessageWithLineBreaksAndBars_StaysOneLineWithOneBar()
    {
        var reading = new KeyReading("key 1", BalanceScope.Token, null, null, new ToApisException("bad\r\ngateway | upstream"));
        var results = new[] { (reading, Evaluation.Of(reading, null, null)) };

        var line = PluginLine.For(results, PluginStatus.Unknown, new CliSettings { Critical = BalanceThreshold.Credits(5, AlertLevel.Critical) });

        Assert.Equal("TOAPIS BALANCE UNKNOWN - could not read the balance: bad  gateway / upstream", line);
    }

    [Fact]
    public void Effective_BothScope_IsTheSmallerSideAndSaysWhichLimits()
    {
        var reading = new KeyReading(
            "key 1",
            BalanceScope.Both,
            new TokenBalance { RemainingCredits = Quota.Limited(5000m), RemainingUsd = Quota.Limited(25m), UsedCredits = 0m },
            new UserBalance { RemainingCredits = Quota.Limited(800m), RemainingUsd = Quota.Limited(4m), UsedCredits = 200m },
            null);

        var evaluation = Evaluation.Of(reading, BalanceThreshold.Credits(1000m, AlertLevel.Warning), null);

        Assert.Equal(PluginStatus.Warning, evaluation.Status);
        Assert.Equal("800 credits (4 USD) left (limited by the account), warning at 1000", evaluation.Summary);
        Assert.Equal(Quota.Limited(80m), reading.Figures.PercentRemaining);
    }

    [Fact]
    public void Severity_WorstOfSeveralKeys_RanksCriticalThenWarningThenUnknownThenOk()
    {
        PluginStatus[] ordered = [PluginStatus.Ok, PluginStatus.Unknown, PluginStatus.Warning, PluginStatus.Critical];

        for (var i = 0; i < ordered.Length; i++)
        {
            for (var j = 0; j < ordered.Length; j++)
            {
                Assert.Equal(ordered[Math.Max(i, j)], PluginStatuses.Worst(ordered[i], ordered[j]));
            }
        }
    }
}
