using Microsoft.Extensions.Time.Testing;

namespace ToApis.Balance.Cli.Tests;

/// <summary>What a run of the tool printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string FirstLine => Out.Split('\n')[0].TrimEnd('\r');

    public string All => Out + Error;
}

/// <summary>Runs <c>toapis-balance</c> in this process, with its streams, variables and clock given by the test.</summary>
internal static class CliRun
{
    public const string Key = "sk-cli0123456789abcdefWXYZ";

    public static async Task<CliResult> RunAsync(
        string[] args,
        string stdin = "",
        IReadOnlyDictionary<string, string>? variables = null,
        TimeProvider? time = null,
        CancellationToken cancellationToken = default,
        bool terminal = false)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment
        {
            Out = output,
            Error = error,
            In = new StringReader(stdin),
            GetVariable = name => variables is not null && variables.TryGetValue(name, out var value) ? value : null,
            Time = time ?? new FakeTimeProvider(),
            OutputIsTerminal = terminal,
            ErrorIsOutputTerminal = terminal,
            Sandbox = new TestingKitSandbox(),
        };

        var code = await CliApplication.RunAsync(args, environment, cancellationToken);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public static Dictionary<string, string> WithKey(string key = Key) => new() { ["TOAPIS_API_KEY"] = key };
}
