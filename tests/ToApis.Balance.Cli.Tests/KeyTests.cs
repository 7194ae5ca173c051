using CsCheck;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ToApis.Balance.Cli.Tests;

/// <summary>Where keys come from, how they are named, and that none is ever printed.</summary>
public sealed class KeyTests : IDisposable
{
    private const string Good = "sk-good0123456789abcdefGOOD";
    private const string Revoked = "sk-gone0123456789abcdefGONE";
    private const string Low = "sk-lowb0123456789abcdefLOWB";
    private const string Body = """{"success": true, "remain_balance": 100.0, "used_balance": 25.5, "remain_credits": 20000, "used_credits": 5100, "credits_per_usd": 200, "unlimited_quota": false}""";
    private const string LowBody = """{"success": true, "remain_balance": 1.0, "used_balance": 99, "remain_credits": 200, "used_credits": 19800, "credits_per_usd": 200, "unlimited_quota": false}""";

    private readonly WireMockServer server = WireMockServer.Start();

    public KeyTests()
    {
        // A wrong key gets ToAPIs' 401, with the key echoed back as some servers do.
        server.Given(Request.Create().UsingGet()).AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(401).WithBody("{\"error\": {\"message\": \"Invalid token {{request.headers.Authorization}}\", \"type\": \"authentication_error\"}}").WithTransformer());
        server.Given(Request.Create().UsingGet().WithHeader("Authorization", "Bearer " + Good)).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Body));
        server.Given(Request.Create().UsingGet().WithHeader("Authorization", "Bearer " + Low)).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(LowBody));
    }

    [Fact]
    public async Task KeysStdin_OneKeyFailing_DoesNotHideTheOthers()
    {
        var result = await RunAsync(["--keys-stdin"], $"{Good}\n{Revoked}\n");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("API key sk-go…GOOD", result.Out);
        Assert.Contains("20000", result.Out);
        Assert.Contains("toapis-balance: sk-go…GONE: could not read the balance", result.Error);
    }

    [Fact]
    public async Task KeysStdin_ExitCodeIsTheWorstOfTheKeys()
    {
        var result = await RunAsync(["--keys-stdin", "-w", "5000", "-c", "500"], $"{Good}\n{Low}\n{Revoked}\n");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("TOAPIS BALANCE CRITICAL - 3 keys: sk-go…GOOD OK 20000 credits (100 USD) left; sk-lo…LOWB CRITICAL 200 credits (1 USD) left, critical at 500; sk-go…GONE UNKNOWN could not read the balance", result.FirstLine);
    }

    [Fact]
    public async Task KeysStdin_SkipsBlankLinesAndComments()
    {
        var result = await RunAsync(["--keys-stdin", "--format", "json"], $"# team keys\n\n  {Good}  \n");

        Assert.Equal(0, result.ExitCode);
        Assert.Single(System.Text.Json.JsonDocument.Parse(result.Out).RootElement.GetProperty("keys").EnumerateArray());
    }

    [Fact]
    public async Task KeysStdin_NoKeys_ExitsThree()
    {
        var result = await RunAsync(["--keys-stdin"], "\n# nothing\n");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("--keys-stdin read no key", result.Error);
    }

    [Fact]
    public async Task ApiKeyStdin_ReadsTheKeyFromTheFirstLine()
    {
        var result = await RunAsync(["--api-key-stdin"], Good + "\n" + Revoked + "\n");

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task BothStdinOptions_AreRefused()
    {
        var result = await RunAsync(["--api-key-stdin", "--keys-stdin"], Good);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("cannot be used together", result.Error);
    }

    [Fact]
    public async Task RefusedKey_FromKeysStdin_NamesItsLabelAndLine()
    {
        var result = await RunAsync(["--keys-stdin"], $"# team keys\n{Revoked}\n");

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("toapis-balance: could not read the balance: ToAPIs refused the API key sk-go…GONE from line 2 of --keys-stdin (HTTP 401, authentication_error): Invalid token", result.Error);
        Assert.DoesNotContain("Check the key in", result.Error);
    }

    [Fact]
    public async Task RefusedKey_FromTheEnvironment_NamesTheVariableAndNoAttemptCount()
    {
        var result = await CliRun.RunAsync(["--base-url", server.Url!], variables: CliRun.WithKey(Revoked));

        Assert.Contains("ToAPIs refused the API key sk-go…GONE from TOAPIS_API_KEY (HTTP 401", result.Error);
        Assert.DoesNotContain("attempts", result.Error);
    }

    [Fact]
    public async Task RefusedKey_FromApiKeyStdin_NamesTheOption()
    {
        var result = await RunAsync(["--api-key-stdin"], Revoked + "\n");

        Assert.Contains("ToAPIs refused the API key sk-go…GONE from --api-key-stdin (HTTP 401", result.Error);
    }

    [Fact]
    public async Task KeyThatCannotBeSent_NamesItsLabelAndLine()
    {
        var result = await RunAsync(["--keys-stdin"], "sk-with space0123456789abcdefSPCE\n");

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("toapis-balance: could not read the balance: The API key sk-wi…SPCE from line 1 of --keys-stdin contains spaces, control or non-ASCII characters", result.Error);
    }

    [Fact]
    public async Task EnvironmentKey_IsUsedWhenNoOtherSourceIsGiven()
    {
        var result = await CliRun.RunAsync(["--base-url", server.Url!], variables: CliRun.WithKey(Good));

        Assert.Equal(0, result.ExitCode);
    }

    [Theory]
    [InlineData(Good, "API key sk-go…GOOD from TOAPIS_API_KEY")]
    [InlineData("sk-short", "API key from TOAPIS_API_KEY")]
    public async Task Table_SingleKeyFromTheEnvironment_IsHeadedByItsLabelAndTheVariable(string key, string heading)
    {
        server.Given(Request.Create().UsingGet().WithHeader("Authorization", "Bearer sk-short")).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Body));

        var result = await CliRun.RunAsync(["--base-url", server.Url!], variables: CliRun.WithKey(key));

        Assert.Equal(heading, result.FirstLine.TrimEnd());
    }

    [Fact]
    public async Task Table_KeysFromStandardInput_AreHeadedByLabelAndLine()
    {
        var result = await RunAsync(["--keys-stdin"], $"# team\n{Good}\n{Low}\n");

        Assert.Contains("API key sk-go…GOOD from line 2 of --keys-stdin", result.Out);
        Assert.Contains("API key sk-lo…LOWB from line 3 of --keys-stdin", result.Out);
    }

    [Fact]
    public async Task BaseUrlFromTheEnvironment_IsUsedWithoutTheOption()
    {
        var result = await CliRun.RunAsync([], variables: new Dictionary<string, string> { ["TOAPIS_API_KEY"] = Good, ["TOAPIS_BASE_URL"] = server.Url! });

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task AnyKey_NeverAppearsInAnyFormatOrOnStandardError()
    {
        var keys = Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"].Array[16, 48].Select(c => "sk-" + new string(c));
        var formats = Gen.OneOf(Gen.Const("table"), Gen.Const("json"), Gen.Const("prometheus"));
        await Gen.Select(keys, formats).SampleAsync(async (key, format) =>
        {
            var result = await RunAsync(["--keys-stdin", "--format", format, "-w", "10"], $"{key}\n{Good}\n");
            return result.ExitCode == 3 && !result.All.Contains(key, StringComparison.Ordinal) && !result.All.Contains(key[3..], StringComparison.Ordinal);
        }, iter: 40);
    }

    [Theory]
    [InlineData("sk-abcdefghijklmnopqrstuvwxyz", "sk-ab…wxyz")]
    [InlineData("sk-short", "key 2")]
    [InlineData("sk-0123456789abcdef", "key 2")]
    public void Label_ShowsFiveAndFourCharactersOfAKeyOfUsualLengthOnly(string key, string label)
    {
        Assert.Equal(label, KeyLabel.For(key, 2));
    }

    public void Dispose() => server.Stop();

    private Task<CliResult> RunAsync(string[] args, string stdin) =>
        CliRun.RunAsync([.. args, "--base-url", server.Url!, "--timeout", "10s"], stdin);
}
