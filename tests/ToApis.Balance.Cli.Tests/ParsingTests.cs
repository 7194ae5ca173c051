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
    [InlineData("10%", "Percent", "10")]
    [InlineData("0", "Credits", "0")]
    public void Threshold_ParsesCreditsUsdAndPercent(string text, string kind, string value)
    {
        Assert.True(Threshold.TryParse(text, out var threshold, out _));
        Assert.Equal(new Threshold(Enum.Parse<ThresholdKind>(kind), decimal.Parse(value, CultureInfo.InvariantCulture)), threshold);
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
        Assert.False(Threshold.TryParse(text, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void Threshold_AnyValueWrittenBackParsesToItself()
    {
        Gen.Select(Gen.Decimal[0m, 1_000_000_000m], Gen.Enum<ThresholdKind>()).Sample((value, kind) =>
        {
            if (kind == ThresholdKind.Percent)
            {
                value %= 100m;
            }

            var threshold = new Threshold(kind, value);
            return Threshold.TryParse(threshold.ToString(), out var back, out _) && back == threshold;
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

        var line = PluginLine.For(results, PluginStatus.Unknown, new CliSettings { Critical = new Threshold(ThresholdKind.Credits, 5) });

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

        var evaluation = Evaluation.Of(reading, new Threshold(ThresholdKind.Credits, 1000m), null);

        Assert.Equal(PluginStatus.Warning, evaluation.Status);
        Assert.Equal("800 credits (4 USD) left (limited by the account), warning at 1000", evaluation.Summary);
        Assert.Equal(Quota.Limited(80m), reading.RemainingPercent);
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
