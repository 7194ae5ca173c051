using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace ToApis.Balance.Cli;

/// <summary>The command line of <c>toapis-balance</c>, declared with System.CommandLine.</summary>
internal sealed class CliOptions
{
    private readonly Option<BalanceScope> scope = new("--scope", "-s")
    {
        Description = "Which balance: token (the key), user (its account) or both (the default); with both, thresholds apply to the smaller.",
        CustomParser = r => Choice(r, "scope", BalanceScope.Both, ("token", BalanceScope.Token), ("user", BalanceScope.User), ("both", BalanceScope.Both)),
        HelpName = "token|user|both",
    };

    private readonly Option<OutputFormat> format = new("--format", "-f")
    {
        Description = "table (for people, the default), json (stable snake_case fields) or prometheus (text format for node_exporter's textfile collector).",
        CustomParser = r => Choice(r, "format", OutputFormat.Table, ("table", OutputFormat.Table), ("json", OutputFormat.Json), ("prometheus", OutputFormat.Prometheus)),
        HelpName = "table|json|prometheus",
    };

    private readonly Option<Uri?> baseUrl = new("--base-url")
    {
        Description = "The ToAPIs server (default: TOAPIS_BASE_URL, else https://toapis.com).",
        CustomParser = ParseAddress,
        HelpName = "url",
    };

    private readonly Option<BalanceUnit> unit = new("--unit")
    {
        Description = "The unit your server counts balances in; the server does not say (default: not specified).",
        CustomParser = r => Choice(r, "unit", BalanceUnit.Unspecified, ("usd", BalanceUnit.Usd), ("cny", BalanceUnit.Cny), ("tokens", BalanceUnit.Tokens)),
        HelpName = "usd|cny|tokens",
    };

    private readonly Option<BalanceThreshold?> warning = new("--warning", "-w")
    {
        Description = "WARNING (exit 1) at or below: credits (2000), US dollars (5usd) or percent remaining (10%); or outside a monitoring-plugin range (10:20usd; @ alerts inside it).",
        CustomParser = static result => ParseThreshold(result, AlertLevel.Warning),
        HelpName = "threshold",
    };

    private readonly Option<BalanceThreshold?> critical = new("--critical", "-c")
    {
        Description = "CRITICAL (exit 2) at or below: credits (500), US dollars (1usd) or percent remaining (5%); or outside a monitoring-plugin range (1:usd; @ alerts inside it).",
        CustomParser = static result => ParseThreshold(result, AlertLevel.Critical),
        HelpName = "threshold",
    };

    private readonly Option<TimeSpan?> watch = new("--watch")
    {
        Description = "Refresh every interval (30s, 5m, 1h; at least 5s) until Ctrl+C; in place on a terminal.",
        CustomParser = ParseDuration,
        HelpName = "interval",
    };

    private readonly Option<TimeSpan?> timeout = new("--timeout")
    {
        Description = "The longest a read may take, retries included (default 30s).",
        CustomParser = r => ParseDuration(r) ?? TimeSpan.Zero,
        HelpName = "duration",
    };

    private readonly Option<string?> output = new("--output", "-o")
    {
        Description = "Write to this file instead of standard output, atomically (a temporary file renamed over it).",
        CustomParser = static result => OptionTokens.UnknownOption(result, "a file") ? null : result.Tokens[0].Value,
        HelpName = "file",
    };

    private readonly Option<string?> sandbox;

    private readonly Option<bool> keysStdin = new("--keys-stdin")
    {
        Description = "Read several API keys, one per line, from standard input; each is reported under a masked label.",
    };

    private readonly Option<bool> apiKeyStdin = new("--api-key-stdin")
    {
        Description = "Read the API key from the first line of standard input instead of TOAPIS_API_KEY.",
    };

    public CliOptions(IReadOnlyList<string> scenarios)
    {
        sandbox = new("--sandbox")
        {
            Description = "Ask a built-in sandbox instead of ToAPIs (no key needed), playing a scenario: " + string.Join(", ", scenarios) + " (limited when none is given).",
            Arity = ArgumentArity.ZeroOrOne,
            HelpName = "scenario",
            CustomParser = result => ParseScenario(result, scenarios),
        };

        Command = new RootCommand(
            "Prints the balance of a ToAPIs API key and of its account. With -w/-c it reports like a monitoring plugin: " +
            "exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (network, authentication or argument errors). " +
            "The key comes from TOAPIS_API_KEY, --api-key-stdin, --keys-stdin or a prompt, and is never printed.")
        {
            scope, format, baseUrl, unit, warning, critical, watch, timeout, output, sandbox, keysStdin, apiKeyStdin,
        };
        Command.Validators.Add(result =>
        {
            if (result.GetValue(keysStdin) && result.GetValue(apiKeyStdin))
            {
                result.AddError("--keys-stdin and --api-key-stdin cannot be used together.");
            }
        });
        Command.Action = new RunAction();
    }

    public RootCommand Command { get; }

    /// <summary>
    /// The help text with the sandbox's scenario shown optional, <c>[scenario]</c>, as docs/cli.md writes it:
    /// System.CommandLine writes every option's argument as <c>&lt;name&gt;</c>. Both are as long, so the columns stay aligned.
    /// </summary>
    public static string MarkOptionalArguments(string help) =>
        help.Replace("--sandbox <scenario>", "--sandbox [scenario]", StringComparison.Ordinal);

    /// <summary>How the command line is parsed: without response files, so that <c>@</c> starts a range (<c>-c @10:20</c>), never a file name.</summary>
    public static ParserConfiguration Parsing { get; } = new() { ResponseFileTokenReplacer = null };

    public CliSettings Read(ParseResult parsed) => new()
    {
        Scope = parsed.GetResult(scope) is null ? BalanceScope.Both : parsed.GetValue(scope),
        Format = parsed.GetResult(format) is null ? OutputFormat.Table : parsed.GetValue(format),
        BaseAddress = parsed.GetValue(baseUrl),
        Unit = parsed.GetResult(unit) is null ? BalanceUnit.Unspecified : parsed.GetValue(unit),
        Warning = parsed.GetValue(warning),
        Critical = parsed.GetValue(critical),
        Watch = parsed.GetValue(watch),
        Timeout = parsed.GetValue(timeout) ?? TimeSpan.FromSeconds(30),
        OutputFile = parsed.GetValue(output),
        SandboxScenario = parsed.GetResult(sandbox) is null ? null : parsed.GetValue(sandbox) ?? "limited",
        Keys = parsed.GetValue(keysStdin) ? KeySource.StandardInputLines : parsed.GetValue(apiKeyStdin) ? KeySource.StandardInputLine : KeySource.Environment,
    };

    private static string? ParseScenario(ArgumentResult result, IReadOnlyList<string> scenarios)
    {
        if (result.Tokens.Count == 0 || OptionTokens.UnknownOption(result, value: null))
        {
            return null;
        }

        var text = result.Tokens[0].Value;
        if (scenarios.FirstOrDefault(s => string.Equals(s, text, StringComparison.OrdinalIgnoreCase)) is { } scenario)
        {
            return scenario;
        }

        result.AddError($"'{text}' is not a sandbox scenario: use {string.Join(", ", scenarios)}.");
        return null;
    }

    /// <summary>One of a few lower-case words, any case accepted; the error lists them.</summary>
    private static T Choice<T>(ArgumentResult result, string what, T fallback, params (string Word, T Value)[] choices)
    {
        if (OptionTokens.UnknownOption(result, $"one of {string.Join('|', choices.Select(c => c.Word))}"))
        {
            return fallback;
        }

        var text = result.Tokens[0].Value;
        foreach (var (word, value) in choices)
        {
            if (string.Equals(word, text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        result.AddError($"'{text}' is not a {what}: use {string.Join(", ", choices.Select(c => c.Word))}.");
        return fallback;
    }

    private static BalanceThreshold? ParseThreshold(ArgumentResult result, AlertLevel level)
    {
        if (OptionTokens.UnknownOption(result, "a threshold"))
        {
            return null;
        }

        if (ThresholdText.TryParse(result.Tokens[0].Value, level, out var threshold, out var error))
        {
            return threshold;
        }

        result.AddError(error!);
        return null;
    }

    private static TimeSpan? ParseDuration(ArgumentResult result)
    {
        if (OptionTokens.UnknownOption(result, "a duration"))
        {
            return null;
        }

        if (Duration.TryParse(result.Tokens[0].Value, out var duration))
        {
            return duration;
        }

        result.AddError($"'{result.Tokens[0].Value}' is not a duration: give 30s, 5m, 1h, 500ms or a number of seconds.");
        return null;
    }

    private static Uri? ParseAddress(ArgumentResult result)
    {
        if (OptionTokens.UnknownOption(result, "an address"))
        {
            return null;
        }

        if (Uri.TryCreate(result.Tokens[0].Value, UriKind.Absolute, out var address) && (address.Scheme == Uri.UriSchemeHttps || address.Scheme == Uri.UriSchemeHttp))
        {
            return address;
        }

        // The value is not repeated: an address can carry user info.
        result.AddError("--base-url is not an http(s) address such as https://toapis.com.");
        return null;
    }

    /// <summary>The root command's own action marker: the run itself is <see cref="BalanceRun"/>, called with the environment.</summary>
    internal sealed class RunAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult) => 0;
    }
}
