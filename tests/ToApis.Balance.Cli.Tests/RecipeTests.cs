using System.Text.RegularExpressions;
using ToApis.Balance.Testing;

namespace ToApis.Balance.Cli.Tests;

/// <summary>
/// The operator recipes of docs/cli.md run as the page shows them (read from it, so the page cannot drift): the
/// Nagios command and service, the cron line and the systemd service and timer, against the sandbox server.
/// </summary>
public sealed partial class RecipeTests : IAsyncLifetime
{
    private const string Tool = "/usr/local/bin/toapis-balance";
    private const string Key = "/etc/toapis-balance/key";
    private const string Textfile = "/var/lib/node_exporter/textfile_collector";

    private RecipeHost host = null!;

    public async Task InitializeAsync() => host = await RecipeHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Nagios_CommandAndService_CheckCommandRunsThePluginAndItsStateIsTheExitCode()
    {
        var block = host.Move(CliDocs.Block("define command"), Tool, Key);
        var command = Definition(block, "command");
        var service = Definition(block, "service");
        var call = service["check_command"].Split('!');
        Assert.Equal(command["command_name"], call[0]);

        // Nagios replaces $ARGn$ with the arguments after the command name; nothing else is left to expand.
        var line = ArgMacro().Replace(command["command_line"], m => call[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.DoesNotContain("$", line, StringComparison.Ordinal);

        var ok = await host.ShellAsync(line);
        host.Sandbox.Scenario = ToApisSandboxScenario.Low;
        var low = await host.ShellAsync(line);

        Assert.Equal((0, 2), (ok.ExitCode, low.ExitCode));
        Assert.Matches(@"^TOAPIS BALANCE OK - .* \| remaining_credits=20000;@~:2000;@~:500 remaining_usd=100$", ok.FirstLine);
        Assert.Matches(@"^TOAPIS BALANCE CRITICAL - .* \| remaining_credits=500;@~:2000;@~:500 remaining_usd=2.5$", low.FirstLine);
    }

    [Fact]
    public async Task Icinga2_CheckCommandAndService_RunWithTheServicesVarsAndTheKeyInTheEnvironment()
    {
        var block = host.Move(CliDocs.Block("object CheckCommand"), Tool);
        var command = IcingaString().Match(Icinga2Attribute(block, "command")).Groups[1].Value;
        var vars = IcingaVars().Matches(block).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value);

        // Icinga resolves $name$ from the service's vars; the constant the page keeps in constants.conf is the sandbox's key.
        var args = IcingaPair().Matches(Icinga2Attribute(block, "arguments"))
            .SelectMany(m => new[] { m.Groups["key"].Value, IcingaMacro().Replace(m.Groups["value"].Value, v => vars[v.Groups[1].Value]) })
            .ToList();
        var environment = IcingaEnv().Matches(Icinga2Attribute(block, "env"))
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["constant"].Value == "ToapisApiKey" ? ToApisSandbox.ApiKey : m.Groups["constant"].Value);
        Assert.Equal(["TOAPIS_API_KEY"], environment.Keys);
        host.Sandbox.Scenario = ToApisSandboxScenario.Low;

        var low = await host.RunAsync(command, args, environment: environment);

        Assert.Equal(2, low.ExitCode);
        Assert.Matches(@"^TOAPIS BALANCE CRITICAL - .* \| remaining_credits=500;@~:2000;@~:500 remaining_usd=2.5$", low.FirstLine);
    }

    [Fact]
    public async Task Cron_Line_QuietWhileOkAndPrintsThePluginLineWhenNot()
    {
        var block = host.Move(CliDocs.Block("/etc/cron.d/toapis-balance"), Tool, Key);
        var jobs = block.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var job = Assert.Single(jobs);
        var match = CronJob().Match(job);
        Assert.True(match.Success, $"not a cron.d line (five schedule fields, a user, a command): {job}");

        // cron turns an unescaped % into a new line.
        var command = match.Groups["command"].Value;
        Assert.DoesNotMatch(@"(?<!\\)%", command);
        var ok = await host.ShellAsync(command);
        host.Sandbox.Scenario = ToApisSandboxScenario.Low;
        var low = await host.ShellAsync(command);

        Assert.Equal((0, string.Empty, string.Empty), (ok.ExitCode, ok.Out, ok.Error));
        Assert.Matches(@"^TOAPIS BALANCE CRITICAL - .* \| remaining_credits=500;@~:2000;@~:0 remaining_usd=2.5;;@~:5$", low.FirstLine);
    }

    [Fact]
    public async Task Systemd_ServiceAndTimer_VerifyAndTheServiceWritesTheTextfileAtomically()
    {
        var service = host.Move(CliDocs.Block("/etc/systemd/system/toapis-balance.service"), Tool, Key, Textfile);
        var timer = CliDocs.Block("/etc/systemd/system/toapis-balance.timer");
        var units = Directory.CreateTempSubdirectory("toapis-units-");
        try
        {
            var files = new[] { ("toapis-balance.service", service), ("toapis-balance.timer", timer) }
                .Select(u => Path.Combine(units.FullName, u.Item1)).ToArray();
            await File.WriteAllTextAsync(files[0], service);
            await File.WriteAllTextAsync(files[1], timer);
            var serviceKeys = Unit(service);
            var timerKeys = Unit(timer);
            Assert.Equal(("oneshot", "timers.target"), (serviceKeys["Service.Type"], timerKeys["Install.WantedBy"]));
            Assert.True(timerKeys.ContainsKey("Timer.OnUnitActiveSec") || timerKeys.ContainsKey("Timer.OnCalendar"), "the timer never fires again");
            if (Path.Exists("/usr/bin/systemd-analyze") || Path.Exists("/bin/systemd-analyze"))
            {
                var verify = await host.RunAsync("systemd-analyze", ["verify", .. files]);
                Assert.Equal((0, string.Empty), (verify.ExitCode, verify.Error));
            }

            // ExecStart is not run by a shell: split on spaces, standard input from StandardInput=file:.
            var exec = serviceKeys["Service.ExecStart"].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var input = serviceKeys["Service.StandardInput"]["file:".Length..];
            var succeeds = serviceKeys["Service.SuccessExitStatus"].Split(' ').Select(int.Parse).Append(0).ToList();
            var prom = Path.Combine(host.TextfileFolder, "toapis.prom");

            var read = await host.RunAsync(exec[0], exec[1..], input);
            var readText = await File.ReadAllTextAsync(prom);
            host.Sandbox.Scenario = ToApisSandboxScenario.Unauthorized;
            var refused = await host.RunAsync(exec[0], exec[1..], input);
            var refusedText = await File.ReadAllTextAsync(prom);

            Assert.Equal(0, read.ExitCode);
            Assert.Matches("(?m)^toapis_balance_up\\{key=\"[^\"]+\"\\} 1$", readText);
            Assert.Contains("toapis_balance_credits_remaining{", readText);
            Assert.Contains(refused.ExitCode, succeeds);
            Assert.Matches("(?m)^toapis_balance_up\\{key=\"[^\"]+\"\\} 0$", refusedText);
            Assert.Equal(["toapis.prom"], Directory.GetFiles(host.TextfileFolder).Select(Path.GetFileName));
        }
        finally
        {
            units.Delete(recursive: true);
        }
    }

    /// <summary>The <c>key value</c> lines of one Nagios object definition.</summary>
    private static Dictionary<string, string> Definition(string block, string type)
    {
        var match = Regex.Match(block, @"define " + type + @"\s*\{(?<body>[^}]*)\}");
        Assert.True(match.Success, $"no 'define {type}' in: {block}");
        return match.Groups["body"].Value.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split((char[])[' ', '\t'], 2, StringSplitOptions.TrimEntries))
            .ToDictionary(p => p[0], p => p[1]);
    }

    /// <summary>The value of one attribute of an Icinga 2 object: a list or dictionary up to its closing bracket.</summary>
    private static string Icinga2Attribute(string block, string name)
    {
        var match = Regex.Match(block, @"^\s*" + name + @"\s*=\s*(?<value>\[[^\]]*\]|\{[^}]*\})", RegexOptions.Multiline);
        Assert.True(match.Success, $"no attribute '{name}' in: {block}");
        return match.Groups["value"].Value;
    }

    /// <summary>A unit file's settings as <c>Section.Key</c>; every other line must be blank, a comment or a section.</summary>
    private static Dictionary<string, string> Unit(string text)
    {
        var settings = new Dictionary<string, string>();
        var section = string.Empty;
        foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = line[1..^1];
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            Assert.True(equals > 0 && section.Length > 0, $"not a unit file line: {line}");
            settings[$"{section}.{line[..equals]}"] = line[(equals + 1)..];
        }

        return settings;
    }

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex IcingaString();

    [GeneratedRegex("\"(?<key>[^\"]+)\"\\s*=\\s*\"(?<value>[^\"]*)\"")]
    private static partial Regex IcingaPair();

    [GeneratedRegex(@"^\s*(?<name>[A-Z_]+)\s*=\s*(?<constant>\w+)\s*$", RegexOptions.Multiline)]
    private static partial Regex IcingaEnv();

    [GeneratedRegex("^\\s*vars\\.(?<name>\\w+)\\s*=\\s*\"(?<value>[^\"]*)\"", RegexOptions.Multiline)]
    private static partial Regex IcingaVars();

    [GeneratedRegex(@"\$(\w+)\$")]
    private static partial Regex IcingaMacro();

    [GeneratedRegex(@"\$ARG(\d+)\$")]
    private static partial Regex ArgMacro();

    [GeneratedRegex(@"^(?:[0-9*/,-]+\s+){5}(?<user>[a-z_][a-z0-9_-]*)\s+(?<command>.+)$")]
    private static partial Regex CronJob();
}
