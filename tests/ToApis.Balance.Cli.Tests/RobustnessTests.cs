using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ToApis.Balance.Cli.Tests;

/// <summary>Odd inputs and interruptions: always one line on standard error and exit 3, never a stack trace or a hang.</summary>
public sealed class RobustnessTests
{
    private static readonly TimeSpan Promptly = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Output_IntoAMissingDirectory_ExitsThreeWithOneLine()
    {
        var result = await CliRun.RunAsync(["--sandbox", "-f", "prometheus", "-o", "/nonexistent-toapis/x.prom"]);

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("toapis-balance: cannot write /nonexistent-toapis/x.prom", result.Error);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("--timeout", "1000h")]
    [InlineData("--timeout", "0.001ms")]
    [InlineData("--watch", "1200h")]
    public async Task OutOfRangeDuration_ExitsThreeWithOneLine(string option, string value)
    {
        var result = await CliRun.RunAsync(["--sandbox", option, value]);

        Assert.Equal(3, result.ExitCode);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task SharedOptionsWrong_SaidOnceNotPerKey()
    {
        var result = await CliRun.RunAsync(["--keys-stdin", "--base-url", "http://example.com"], stdin: $"{CliRun.Key}\nsk-other0123456789abcdefOTHER\n");

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("toapis-balance: --base-url must use https", line);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task Interrupted_DuringARead_ExitsThreeWithOneLine()
    {
        // slow answers after 3 s; the run is interrupted long before.
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var result = await CliRun.RunAsync(["--sandbox", "slow"], cancellationToken: cts.Token).WaitAsync(Promptly);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("toapis-balance: interrupted before the balance was read.\n", result.Error.Replace("\r", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Interrupted_WhileReadingKeysFromStandardInput_ExitsThreeWithOneLine()
    {
        using var cts = new CancellationTokenSource();
        using var error = new StringWriter();
        var environment = new CliEnvironment
        {
            Out = TextWriter.Null,
            Error = error,
            In = new NeverEndingReader(),
            GetVariable = _ => null,
            Time = new FakeTimeProvider(),
            Sandbox = new TestingKitSandbox(),
        };

        var run = CliApplication.RunAsync(["--keys-stdin"], environment, cts.Token);
        await cts.CancelAsync();

        Assert.Equal(3, await run.WaitAsync(Promptly));
        Assert.Equal("toapis-balance: interrupted before the balance was read.", error.ToString().TrimEnd());
    }

    [Fact]
    public async Task KeysStdin_InputThatNeverEnds_FailsAfterTheTimeoutInsteadOfHanging()
    {
        var time = new FakeTimeProvider();
        using var error = new StringWriter();
        var environment = new CliEnvironment
        {
            Out = TextWriter.Null,
            Error = error,
            In = new NeverEndingReader(),
            GetVariable = _ => null,
            Time = time,
            Sandbox = new TestingKitSandbox(),
        };

        var run = CliApplication.RunAsync(["--keys-stdin", "--timeout", "10s"], environment, CancellationToken.None);
        while (!run.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Yield();
        }

        Assert.Equal(3, await run);
        Assert.Contains("standard input gave no complete line within 10 s", error.ToString());
    }

    [Fact]
    public async Task KeysStdin_TheSameKeyTwice_IsReadOnce()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithBody(Body(1000)));

        var twice = await CliRun.RunAsync(["--keys-stdin", "-f", "prometheus", "--base-url", server.Url!], stdin: $"{CliRun.Key}\n{CliRun.Key}\n");

        Assert.Equal(0, twice.ExitCode);
        Assert.Single(twice.Out.Split('\n'), line => line.StartsWith("toapis_balance_up{", StringComparison.Ordinal));
    }

    [Fact]
    public void Labels_KeysWithTheSameEnds_AreMadeUnique()
    {
        var labels = KeyLabel.ForAll(["sk-abcd1111111111111111wxyz", "sk-abcd2222222222222222wxyz", "sk-abcd3333333333333333wxyz"]);

        Assert.Equal(["sk-ab…wxyz", "sk-ab…wxyz #2", "sk-ab…wxyz #3"], labels);
    }

    [Fact]
    public async Task BothScope_OneSideWithoutCredits_OtherSideBelowTheThreshold_IsTheThresholdsState()
    {
        using var server = WireMockServer.Start();
        server.Given(Request.Create().WithPath("/v1/balance").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"success": true, "remain_balance": 10.5, "used_balance": 2.3, "unlimited_quota": false}"""));
        server.Given(Request.Create().WithPath("/v1/user/balance").UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithBody(Body(1000)));

        var below = await CliRun.RunAsync(["--base-url", server.Url!, "-w", "2000"], variables: CliRun.WithKey());
        var above = await CliRun.RunAsync(["--base-url", server.Url!, "-w", "500"], variables: CliRun.WithKey());

        Assert.Equal(1, below.ExitCode);
        Assert.StartsWith("TOAPIS BALANCE WARNING - ", below.FirstLine);
        Assert.Equal(3, above.ExitCode);
    }

    [Fact]
    public async Task Output_WithThresholds_StillPrintsThePluginLineOnStandardOutput()
    {
        var directory = Directory.CreateTempSubdirectory("toapis-cli-");
        try
        {
            var result = await CliRun.RunAsync(["--sandbox", "low", "-w", "2000", "-o", Path.Combine(directory.FullName, "out.txt")]);

            Assert.Equal(1, result.ExitCode);
            Assert.StartsWith("TOAPIS BALANCE WARNING - ", result.FirstLine);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string Body(int credits) =>
        $$"""{"success": true, "remain_balance": {{credits / 200m}}, "used_balance": 1, "remain_credits": {{credits}}, "used_credits": 200, "credits_per_usd": 200, "unlimited_quota": false}""";

    /// <summary>Standard input that is open and never gives a line, as a pipe nobody writes to.</summary>
    private sealed class NeverEndingReader : TextReader
    {
        public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) =>
            new(Task.Delay(Timeout.Infinite, cancellationToken).ContinueWith(_ => (string?)null, TaskScheduler.Default));
    }
}
