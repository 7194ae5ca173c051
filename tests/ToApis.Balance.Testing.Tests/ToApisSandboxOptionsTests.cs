using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ToApis.Balance.Testing.Tests;

public sealed class ToApisSandboxOptionsTests
{
    [Fact]
    public void Ctor_Ok()
    {
        var options = new ToApisSandboxOptions();

        Assert.Equal("limited", options.Scenario);
        Assert.Equal(0, options.Port);
        Assert.Equal(TimeSpan.FromSeconds(3), options.SlowDelay);
        Assert.Equal(TimeSpan.FromSeconds(30), options.RetryAfter);
        Assert.Equal(10m, options.FallingStartBalance);
        Assert.Equal(2m, options.FallingSpendPerMinute);
    }

    [Fact]
    public void Bind_ConfigurationSection_ReadsEveryOption()
    {
        var section = Configuration(new()
        {
            ["Sandbox:Scenario"] = "rate-limited",
            ["Sandbox:Port"] = "5099",
            ["Sandbox:SlowDelay"] = "00:00:07",
            ["Sandbox:RetryAfter"] = "00:01:00",
            ["Sandbox:FallingStartBalance"] = "20.5",
            ["Sandbox:FallingSpendPerMinute"] = "0.25",
        }).GetSection("Sandbox");

        var options = section.Get<ToApisSandboxOptions>()!;

        Assert.Equal("rate-limited", options.Scenario);
        Assert.Equal(5099, options.Port);
        Assert.Equal(TimeSpan.FromSeconds(7), options.SlowDelay);
        Assert.Equal(TimeSpan.FromMinutes(1), options.RetryAfter);
        Assert.Equal(20.5m, options.FallingStartBalance);
        Assert.Equal(0.25m, options.FallingSpendPerMinute);
    }

    [Fact]
    public async Task Ctor_ScenarioFromConfiguration_StartsWithThatScenario()
    {
        var options = Configuration(new() { ["Sandbox:Scenario"] = "Low" }).GetSection("Sandbox").Get<ToApisSandboxOptions>()!;

        await using var sandbox = new ToApisSandbox(options);

        Assert.Same(ToApisSandboxScenario.Low, sandbox.Scenario);
    }

    [Fact]
    public void Ctor_UnknownScenario_ThrowsArgumentExceptionNamingTheValidScenarios()
    {
        var error = Assert.Throws<ArgumentException>(() => new ToApisSandbox(new ToApisSandboxOptions { Scenario = "empty" }));

        Assert.Equal("options", error.ParamName);
        Assert.Contains("ToApisSandboxOptions.Scenario 'empty' is not a sandbox scenario. Valid scenarios: limited, unlimited, low,", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(65536)]
    public void Ctor_PortOutOfRange_ThrowsArgumentExceptionNamingPort(int port)
    {
        var error = Assert.Throws<ArgumentException>(() => new ToApisSandbox(new ToApisSandboxOptions { Port = port }));

        Assert.Contains("Port must be between 0 and 65535", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ctor_NegativeSlowDelay_ThrowsArgumentExceptionNamingSlowDelay()
    {
        var error = Assert.Throws<ArgumentException>(() => new ToApisSandbox(new ToApisSandboxOptions { SlowDelay = TimeSpan.FromSeconds(-1) }));

        Assert.Contains("SlowDelay", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ctor_NegativeSpend_ThrowsArgumentExceptionNamingFallingSpendPerMinute()
    {
        var error = Assert.Throws<ArgumentException>(() => new ToApisSandbox(new ToApisSandboxOptions { FallingSpendPerMinute = -1m }));

        Assert.Contains("FallingSpendPerMinute", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ctor_NullScenario_ThrowsArgumentExceptionNamingScenario()
    {
        var error = Assert.Throws<ArgumentException>(() => new ToApisSandbox(new ToApisSandboxOptions { Scenario = null! }));

        Assert.Contains("Scenario", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Port", "The field Port must be between 0 and 65535.")]
    [InlineData("SlowDelay", "The field SlowDelay must be between 00:00:00 and 1.00:00:00.")]
    [InlineData("RetryAfter", "The field RetryAfter must be between 00:00:00 and 1.00:00:00.")]
    [InlineData("FallingStartBalance", "The field FallingStartBalance must be between 0 and 1000000000.")]
    [InlineData("FallingSpendPerMinute", "The field FallingSpendPerMinute must be between 0 and 1000000000.")]
    public void Ctor_OptionAboveItsRange_ThrowsArgumentExceptionWithTheRange(string option, string expected)
    {
        var options = new ToApisSandboxOptions();
        _ = option switch
        {
            "Port" => options.Port = 65536,
            "SlowDelay" => (options.SlowDelay = TimeSpan.FromDays(1).Add(TimeSpan.FromTicks(1))).Ticks,
            "RetryAfter" => (options.RetryAfter = TimeSpan.FromDays(2)).Ticks,
            "FallingStartBalance" => options.FallingStartBalance = 1_000_000_000.01m,
            _ => options.FallingSpendPerMinute = 1_000_000_001m,
        };

        var error = Assert.Throws<ArgumentException>(() => new ToApisSandbox(options));

        Assert.Equal($"ToApisSandboxOptions: {expected} (Parameter 'options')", error.Message);
    }

    [Fact]
    public async Task Ctor_EveryOptionAtTheTopOfItsRange_Starts()
    {
        var options = new ToApisSandboxOptions
        {
            Port = 65535,
            SlowDelay = TimeSpan.FromDays(1),
            RetryAfter = TimeSpan.FromDays(1),
            FallingStartBalance = 1_000_000_000m,
            FallingSpendPerMinute = 1_000_000_000m,
        };

        await using var sandbox = new ToApisSandbox(options);

        Assert.Same(ToApisSandboxScenario.Limited, sandbox.Scenario);
    }

    [Fact]
    public void Ctor_BlankScenarioAndNegativeOptions_NamesEveryFailureInOneMessage()
    {
        var options = new ToApisSandboxOptions { Scenario = " ", Port = -1, FallingStartBalance = -0.01m };

        var error = Assert.Throws<ArgumentException>(() => new ToApisSandbox(options));

        Assert.StartsWith(
            "ToApisSandboxOptions: The Scenario field is required. ToApisSandboxOptions: The field Port must be between 0 and 65535. "
            + "ToApisSandboxOptions: The field FallingStartBalance must be between 0 and 1000000000. ToApisSandboxOptions.Scenario ' ' is not a sandbox scenario.",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_FixedPort_ListensOnThatPort()
    {
        var port = FreePort();

        await using var sandbox = await ToApisSandbox.StartAsync(new ToApisSandboxOptions { Port = port });

        Assert.Equal(new Uri($"http://127.0.0.1:{port}/"), sandbox.BaseAddress);
    }

    [Fact]
    public async Task StartAsync_PortInUse_ThrowsIOException()
    {
        await using var first = await ToApisSandbox.StartAsync();

        await Assert.ThrowsAnyAsync<IOException>(() => ToApisSandbox.StartAsync(new ToApisSandboxOptions { Port = first.BaseAddress.Port }));
    }

    [Fact]
    public async Task AppSettings_PointingAClientAtASandboxOnAFixedPort_ReadsTheConfiguredScenario()
    {
        var port = FreePort();
        var json = $$"""
            {
              "Sandbox": { "Scenario": "low", "Port": {{port}} },
              "ToApis": { "ApiKey": "sk-sandbox", "BaseAddress": "http://127.0.0.1:{{port}}", "BalanceUnit": "Usd" }
            }
            """;
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        await using var sandbox = await ToApisSandbox.StartAsync(configuration.GetSection("Sandbox").Get<ToApisSandboxOptions>());
        var services = new ServiceCollection();
        services.AddToApisBalanceClient(configuration.GetSection("ToApis"));
        await using var provider = services.BuildServiceProvider();

        var balance = await provider.GetRequiredService<IToApisBalanceClient>().GetUserBalanceAsync();

        Assert.Equal(Quota.Limited(2.5m), balance.RemainingUsd);
        Assert.Equal($"/v1/user/balance", Assert.Single(sandbox.Requests).Path);
    }

    [Fact]
    public async Task ConfigurePrimaryHttpMessageHandler_WithTheSandboxHandler_AnswersInProcess()
    {
        await using var sandbox = new ToApisSandbox(new ToApisSandboxOptions { Scenario = "overdrawn" });
        var services = new ServiceCollection();
        services.AddToApisBalanceClient(o => o.ApiKey = ToApisSandbox.ApiKey).ConfigurePrimaryHttpMessageHandler(sandbox.CreateHandler);
        await using var provider = services.BuildServiceProvider();

        var balance = await provider.GetRequiredService<IToApisBalanceClient>().GetTokenBalanceAsync();

        Assert.Equal(Quota.Limited(-2.5m), balance.Remaining);
    }

    private static IConfigurationRoot Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
