using System.Text.RegularExpressions;

namespace ToApis.Balance.Monitoring.Tests.Deploy;

/// <summary>
/// The alert rules shipped in <c>deploy/prometheus</c>, checked and unit-tested by Prometheus's own <c>promtool</c>
/// (series in, alerts out: <c>toapis-balance.rules.test.yml</c>), not by a parser of ours.
/// </summary>
public sealed partial class PrometheusRulesTests
{
    private const string Rules = "toapis-balance.rules.yml";
    private const string UnitTests = "toapis-balance.rules.test.yml";

    [Fact]
    public async Task CheckRules_RulesFile_IsValid()
    {
        var (exitCode, output) = await Promtool.RunAsync("check", "rules", Rules);

        Assert.True(exitCode == 0, $"promtool check rules {Rules} exited {exitCode}:\n{output}");
        Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestRules_UnitTests_AllPass()
    {
        var (exitCode, output) = await Promtool.RunAsync("test", "rules", UnitTests);

        Assert.True(exitCode == 0, $"promtool test rules {UnitTests} exited {exitCode}:\n{output}");
        Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnitTests_EveryAlert_IsTestedFiring()
    {
        // An alert no test makes fire could be dead (a misspelt metric matches nothing and promtool still passes).
        var alerts = AlertName().Matches(File.ReadAllText(Path.Combine(Promtool.RulesFolder, Rules))).Select(m => m.Groups[1].Value).ToList();
        var firing = FiringTest().Matches(File.ReadAllText(Path.Combine(Promtool.RulesFolder, UnitTests))).Select(m => m.Groups[1].Value).ToHashSet();

        Assert.NotEmpty(alerts);
        Assert.All(alerts, alert => Assert.Contains(alert, firing));
    }

    [GeneratedRegex(@"^\s*- alert: (\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex AlertName();

    /// <summary>An alert test that expects at least one alert: its name, then exp_alerts with an entry.</summary>
    [GeneratedRegex(@"alertname: (\S+)\s*\n\s*exp_alerts:\s*\n\s*- exp_labels:")]
    private static partial Regex FiringTest();
}
