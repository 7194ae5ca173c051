using System.Text.Json.Nodes;

namespace ToApis.Balance.Monitoring.Tests.Deploy;

/// <summary>
/// What makes <c>deploy/grafana/toapis-balance.json</c> importable anywhere: no data source of this machine's, a
/// data-source variable every query goes through, a client variable. Its PromQL is checked against a real Prometheus
/// by <c>eng/check-dashboards.py</c> (run by <c>.ci/run</c>).
/// </summary>
public sealed class GrafanaDashboardTests
{
    private static readonly JsonNode Dashboard = JsonNode.Parse(File.ReadAllText(DeployFiles.Dashboard))!;

    [Fact]
    public void Templating_DataSourceVariable_ChoosesAPrometheus()
    {
        var variable = Variable("datasource");

        Assert.Equal("datasource", (string?)variable["type"]);
        Assert.Equal("prometheus", (string?)variable["query"]);
    }

    [Fact]
    public void Templating_ClientVariable_ListsTheClientsOfCreditsRemainingThroughTheDataSourceVariable()
    {
        var variable = Variable("client");

        Assert.Equal("label_values(toapis_balance_credits_remaining, toapis_client_name)", (string?)variable["query"]!["query"]);
        Assert.Equal("${datasource}", (string?)variable["datasource"]!["uid"]);
        Assert.True((bool?)variable["multi"]);
        Assert.True((bool?)variable["includeAll"]);
    }

    [Fact]
    public void Panels_EveryPanelAndQuery_UsesTheDataSourceVariable()
    {
        var panels = Dashboard["panels"]!.AsArray();

        Assert.NotEmpty(panels);
        Assert.All(panels, panel =>
        {
            Assert.Equal("${datasource}", (string?)panel!["datasource"]!["uid"]);
            Assert.All(panel["targets"]!.AsArray(), target => Assert.Equal("${datasource}", (string?)target!["datasource"]!["uid"]));
        });
    }

    [Fact]
    public void Panels_IdsAndQueryRefIds_AreUniqueAndEveryQueryFiltersByTheClientVariable()
    {
        var panels = Dashboard["panels"]!.AsArray().Select(p => p!).ToList();

        Assert.Equal(panels.Count, panels.Select(p => (int)p["id"]!).Distinct().Count());
        Assert.All(panels, panel =>
        {
            var targets = panel["targets"]!.AsArray().Select(t => t!).ToList();
            Assert.NotEmpty(targets);
            Assert.Equal(targets.Count, targets.Select(t => (string?)t["refId"]).Distinct().Count());
            Assert.All(targets, target => Assert.Contains("toapis_client_name=~\"$client\"", (string?)target["expr"], StringComparison.Ordinal));
        });
    }

    private static JsonNode Variable(string name) =>
        Assert.Single(Dashboard["templating"]!["list"]!.AsArray(), v => (string?)v!["name"] == name)!;
}
