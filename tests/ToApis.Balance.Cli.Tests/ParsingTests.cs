using System.Globalization;
using CsCheck;
using ToApis.Balance.Cli.Output;

namespace ToApis.Balance.Cli.Tests;

/// <summary>Thresholds, durations and the plugin line, from the text a person types to what is compared and printed.</summary>
public sealed class ParsingTests
{
    /// <summary>A plain number (at or below it) or a guidelines range, the unit once at the end.</summary>
    [Theory]
    [InlineData("2000", "Credits", "2000", null)]
    [InlineData("12.5", "Credits", "12.5", null)]
    [InlineData("5usd", "Usd", "5", null)]
    [InlineData("5 USD", "Usd", "5", null)]
    [InlineData("10%", "PercentRemaining", "10", null)]
    [InlineData("0", "Credits", "0", null)]
    [InlineData("10:", "Credits", "0", "10:")]
    [InlineData("~:5usd", "Usd", "0", "~:5")]
    [InlineData("10:20USD", "Usd", "0", "10:20")]
    [InlineData("@10:20", "Credits", "0", "@10:20")]
    [InlineData("@~:30000", "Credits", "0", "@~:30000")]
    [InlineData("50:%", "PercentRemaining", "0", "50:")]
    [InlineData("@5", "Credits", "0", "@0:5")]
    [InlineData("-10:0.5", "Credits", "0", "-10:0.5")]
    public void Threshold_ParsesCreditsUsdAndPercentPlainOrAsARange(string text, string measure, string value, string? range)
    {
        Assert.True(ThresholdText.TryParse(text, AlertLevel.Warning, out var threshold, out _));
        Assert.Equal(
            (Enum.Parse<ThresholdMeasure>(measure), decimal.Parse(value, CultureInfo.InvariantCulture), AlertLevel.Warning, range),
            (threshold!.Measure, threshold.Value, threshold.Level, threshold.Range?.ToString()));
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

    [Theory]
    [InlineData("20:10", "'20:10' is not a range: give start:end with inclusive ends, ~ for no lower end, nothing after the colon for no upper end and @ in front to alert inside (10:, ~:5, 10:20, @10:20; the unit once at the end: 10:20usd, 50:%).")]
    [InlineData("10usd:20usd", "'10usd:20usd' is not a range: give start:end with inclusive ends, ~ for no lower end, nothing after the colon for no upper end and @ in front to alert inside (10:, ~:5, 10:20, @10:20; the unit once at the end: 10:20usd, 50:%).")]
    [InlineData("lots", "'lots' is not a threshold: give credits (2000), US dollars (5usd) or percent remaining (10%), alerting at or below it, or a range such as 10:20usd.")]
    public void Threshold_NeitherNumberNorRange_SaysWhatIsAccepted(string text, string error)
    {
        Assert.False(ThresholdText.TryParse(text, AlertLevel.Warning, out _, out var message));
        Assert.Equal(error, message);
    }

    [Fact]
    public void Threshold_PlainNumber_KeepsAtOrBelowAndIsWrittenAsThatRange()
    {
        Assert.True(ThresholdText.TryParse("30000", AlertLevel.Warning, out var threshold, out _));
        Assert.Null(threshold!.Range);
        Assert.Equal("@~:30000", threshold.EffectiveRange.ToString());
    }

    [Fact]
    public async Task Threshold_WarningRangeBesideAPlainCritical_IsNotCalledOutOfOrder()
    {
        // A range's Value is not used: 30000: (below 30000) beside a plain 500 is a warning before the critical.
        var result = await CliRun.RunAsync(["--sandbox", "-w", "30000:", "-c", "500"]);

        Assert.Equal((1, string.Empty), (result.ExitCode, result.Error));
    }

    [Fact]
    public async Task Threshold_RangeCrossed_TheLineSaysWhichRange()
    {
        var result = await CliRun.RunAsync(["--sandbox", "-c", "@15000:20000"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(" left, critical by the range @15000:20000 | remaining_credits=20000;;@15000:20000 ", result.FirstLine);
    }

    [Theory]
    [InlineData("-c", "@10:20")]
    [InlineData("--warning", "@~:5usd")]
    public async Task Threshold_AtSign_IsARangeNotAResponseFile(string option, string range)
    {
        var result = await CliRun.RunAsync(["--sandbox", option, range]);

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
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
    [InlineData("00:00:00", 0)]
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
    [InlineData("1000000000000h")] // past the longest TimeSpan once in seconds
    [InlineData("922337203685.4775807")] // the longest TimeSpan itself, in seconds
    [InlineData("922337203685.4775807s")]
    public void Duration_RefusesWhatIsNotADuration(string text)
    {
        Assert.False(Duration.TryParse(text, out _));
    }

    [Theory]
    [InlineData("79.681274900398406374501992", "79.68")]
    [InlineData("10.001", "10.001")]
    [InlineData("9.9999", "9.9999")]
    [InlineData("10.004", "10.004")]
    [InlineData("10", "10")]
    [InlineData("2.5", "2.5")]
    public void PerfValue_RoundsButNeverAcrossARangeEnd(string exact, string written)
    {
        Assert.Equal(written, PerfValue.Text(decimal.Parse(exact, CultureInfo.InvariantCulture), 2, AlertRange.AtOrBelow(10m), new AlertRange(0m, 90m, alertsInside: false)));
    }

    [Fact]
    public void PerfValue_AllTwentyEightDecimalsNeededToStayOnARangeEnd_WrittenExact()
    {
        Assert.Equal("0.0000000000000000000000000001", PerfValue.Text(0.0000000000000000000000000001m, 2, AlertRange.AtOrBelow(0.0000000000000000000000000001m)));
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
