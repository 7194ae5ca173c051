using System.Globalization;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ToApis.Balance.Cli.Tests;

/// <summary>
/// The plugin line read by its consumer: for a table of balances and thresholds the state python3-nagiosplugin
/// derives from each perfdata item's value against its warn and crit ranges is the tool's exit code, the boundary
/// included. The balances come from a loopback server (one key or several, the key and its account apart) and from
/// the sandbox; the whole table goes through one Python process.
/// </summary>
public sealed class PluginLineConsumerTests : IDisposable
{
    private readonly WireMockServer server = WireMockServer.Start();
    private int keys;

    /// <summary>A balance of the key and one of its account: credits left, credits used, credits per US dollar; or, without <paramref name="CreditsSent"/>, only the balance they make (as older servers send it).</summary>
    private sealed record Side(decimal Credits, decimal Used, decimal Rate = 200m, bool CreditsSent = true);

    private sealed record Case(string Name, string[] Args, (Side Token, Side User)[] Keys, int Expected);

    public void Dispose() => server.Stop();

    [Fact]
    public async Task PluginLine_TableOfCases_NagiospluginDerivesTheExitCode()
    {
        var table = Cases();
        var lines = new List<(string Name, string Line)>();
        var exits = new Dictionary<string, int>();
        foreach (var c in table)
        {
            var result = await RunAsync(c);
            exits[c.Name] = result.ExitCode;
            lines.Add((c.Name, result.FirstLine));
        }

        // Two hand-written lines show the consumer at work, and why a plain -w 30000 is written @~:30000, not 30000:.
        lines.Add(("control: 30000: is OK at 30000", "TOAPIS BALANCE WARNING - x | remaining_credits=30000;30000:"));
        lines.Add(("control: @~:30000 is WARNING at 30000", "TOAPIS BALANCE WARNING - x | remaining_credits=30000;@~:30000"));
        var states = await NagiosPlugin.StatesAsync(lines);

        Assert.Equal(("0", "1"), (states["control: 30000: is OK at 30000"], states["control: @~:30000 is WARNING at 30000"]));
        var wrong = table
            .Where(c => exits[c.Name] != c.Expected || states.GetValueOrDefault(c.Name) != exits[c.Name].ToString(CultureInfo.InvariantCulture))
            .Select(c => $"{c.Name}: expected exit {c.Expected}, the tool exited {exits[c.Name]}, nagiosplugin says {states.GetValueOrDefault(c.Name, "nothing")} for: {lines.First(l => l.Name == c.Name).Line}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal([0, 1, 2], exits.Values.Distinct().Order());
    }

    private static Case[] Cases()
    {
        static (Side, Side)[] Key(decimal credits, decimal used, decimal rate = 200m) => [(new(credits, used, rate), new(credits, used, rate))];
        static (Side, Side)[] Apart(decimal token, decimal user) => [(new(token, 0), new(user, 0))];
        static (Side, Side)[] Balance(decimal remaining, decimal used) => [(new(remaining * 200, used * 200, 200, false), new(remaining * 200, used * 200, 200, false))];
        (Side, Side)[] sandbox = [];
        return
        [
            new("credits above both", ["-w", "2000", "-c", "500"], Key(20_000, 5_100), 0),
            new("both: the account sends no credits, the key's decide", ["-w", "3000", "-c", "1600"], [(new Side(1_500, 0), new Side(20_000, 0, 200, false))], 2),
            new("credits under the warning (the issue's example)", ["-w", "30000", "-c", "100"], Key(20_000, 5_100), 1),
            new("credits exactly at the warning", ["-w", "30000", "-c", "100"], Key(30_000, 0), 1),
            new("credits just above the warning", ["-w", "30000", "-c", "100"], Key(30_000.5m, 0), 0),
            new("credits exactly at the critical", ["-w", "30000", "-c", "100"], Key(100, 0), 2),
            new("zero credits, a warning only", ["-w", "2000"], Key(0, 1_000), 2),
            new("overdrawn, a percent warning only", ["-w", "10%"], Key(-500, 20_500), 2),
            new("usd above both", ["-w", "50usd", "-c", "10usd"], Key(20_000, 5_100), 0),
            new("usd exactly at the warning", ["-w", "50usd", "-c", "10usd"], Key(10_000, 0), 1),
            new("usd exactly at the critical", ["-w", "50usd", "-c", "10usd"], Key(2_000, 0), 2),
            new("usd a third of a cent above the warning", ["-w", "333.33usd"], Key(1_000, 0, 3), 0),
            new("usd two thirds of a cent under the warning", ["-w", "333.34usd"], Key(1_000, 0, 3), 1),
            new("percent under the warning", ["-w", "90%", "-c", "10%"], Key(20_000, 5_100), 1),
            new("percent exactly at the critical", ["-w", "90%", "-c", "10%"], Key(1_000, 9_000), 2),
            new("percent a thousandth above the critical", ["-c", "10%"], Key(10_001, 89_999), 0),
            new("range: at its end", ["-w", "10000:20000"], Key(20_000, 0), 0),
            new("range: above its end", ["-w", "10000:20000"], Key(20_000.01m, 0), 1),
            new("range: at its start", ["-w", "10000:20000"], Key(10_000, 0), 0),
            new("range: under its start", ["-w", "10000:20000", "-c", "5000:"], Key(4_999, 0), 2),
            new("range: inverted, in usd, at its end", ["-c", "@~:5usd"], Key(1_000, 0), 2),
            new("range: percent, warning only", ["-w", "50:%", "-c", "10:%"], Key(1_000, 9_000), 1),
            new("range: alerting above, in usd", ["-c", "~:5usd"], Key(20_000, 0), 2),
            new("range: inverted critical on credits, inside", ["-c", "@10:20"], Key(15, 100), 2),
            new("range: inverted critical on credits, above", ["-c", "@10:20"], Key(25, 100), 0),
            new("range: inverted critical on credits, exhausted", ["-c", "@10:20"], Key(-5, 100), 2),
            new("no credits sent: overdrawn balance, a percent warning only", ["-w", "50%"], Balance(-2.5m, 102.5m), 2),
            new("no credits sent: zero balance, a percent critical range", ["-c", "@20:30%"], Balance(0, 100), 2),
            new("no credits sent: percent at the warning", ["-w", "50%", "-c", "@~:10%"], Balance(50, 50), 1),
            new("scope token: the key's", ["--scope", "token", "-w", "2000"], Apart(20_000, 500), 0),
            new("scope user: the account's", ["--scope", "user", "-w", "2000"], Apart(20_000, 500), 1),
            new("scope both: the smaller, at the critical", ["--scope", "both", "-w", "2000", "-c", "500"], Apart(20_000, 500), 2),
            new("several keys: one under the warning", ["-w", "2000", "-c", "100"], [.. Key(20_000, 5_100), .. Key(500, 0)], 1),
            new("several keys: one exhausted", ["-w", "2000"], [.. Key(20_000, 5_100), .. Key(0, 1_000)], 2),
            new("several keys: all above, in usd", ["-w", "2usd"], [.. Key(20_000, 5_100), .. Key(500, 0)], 0),
            new("several keys: percent, both scopes", ["-w", "90%", "-c", "10%"], [.. Apart(20_000, 500), .. Key(1_000, 9_000)], 2),
            new("sandbox limited", ["--sandbox", "-w", "2000"], sandbox, 0),
            new("sandbox low", ["--sandbox", "low", "-w", "1000", "-c", "100"], sandbox, 1),
            new("sandbox overdrawn, a percent range", ["--sandbox", "overdrawn", "-w", "50:%"], sandbox, 2),
        ];
    }

    private Task<CliResult> RunAsync(Case c)
    {
        if (c.Keys.Length == 0)
        {
            return CliRun.RunAsync(c.Args);
        }

        var names = c.Keys.Select(k => Serve(k.Token, k.User)).ToList();
        string[] args = [.. c.Args, "--base-url", server.Url!, "--timeout", "10s"];
        return names.Count == 1
            ? CliRun.RunAsync(args, variables: CliRun.WithKey(names[0]))
            : CliRun.RunAsync([.. args, "--keys-stdin"], string.Join('\n', names) + "\n");
    }

    /// <summary>A new key on the loopback server, answering with these balances; its masked label ends in its number.</summary>
    private string Serve(Side token, Side user)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"sk-case{++keys:D4}abcdefghij{keys:D4}");
        foreach (var (path, side) in new[] { ("/v1/balance", token), ("/v1/user/balance", user) })
        {
            var credits = side.CreditsSent
                ? string.Create(CultureInfo.InvariantCulture, $$""", "remain_credits": {{side.Credits}}, "used_credits": {{side.Used}}, "credits_per_usd": {{side.Rate}}""")
                : string.Empty;
            var body = string.Create(
                CultureInfo.InvariantCulture,
                $$"""{"success": true, "remain_balance": {{side.Credits / side.Rate}}, "used_balance": {{side.Used / side.Rate}}{{credits}}, "unlimited_quota": false}""");
            server.Given(Request.Create().UsingGet().WithPath(path).WithHeader("Authorization", "Bearer " + key))
                .RespondWith(Response.Create().WithStatusCode(200).WithBody(body));
        }

        return key;
    }
}
