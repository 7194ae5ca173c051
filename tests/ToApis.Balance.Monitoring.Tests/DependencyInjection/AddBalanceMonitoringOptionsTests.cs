using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ToApis.Balance.Monitoring.Tests.DependencyInjection;

public sealed class AddBalanceMonitoringOptionsTests
{
    private const string ApiKey = "sk-test0123456789abcdefABCDEF";

    [Fact]
    public void AddBalanceMonitoring_Section_BindsEveryOption()
    {
        var configuration = Configuration(new()
        {
            ["ToApis:ApiKey"] = ApiKey,
            ["ToApis:Monitoring:Interval"] = "00:01:00",
            ["ToApis:Monitoring:Jitter"] = "0.2",
            ["ToApis:Monitoring:Scope"] = "User",
            ["ToApis:Monitoring:WarnWhenExhaustedWithin"] = "12:00:00",
            ["ToApis:Monitoring:HysteresisPercent"] = "10",
            ["ToApis:Monitoring:ConsecutiveFailuresBeforeAlert"] = "5",
            ["ToApis:Monitoring:StaleAfter"] = "00:10:00",
            ["ToApis:Monitoring:ForecastWindow"] = "02:00:00",
            ["ToApis:Monitoring:ForecastMinimumSpan"] = "00:20:00",
            ["ToApis:Monitoring:SpikeWindow"] = "00:05:00",
            ["ToApis:Monitoring:SpikeFactor"] = "4",
            ["ToApis:Monitoring:GuardMaxAge"] = "00:00:30",
            ["ToApis:Monitoring:Thresholds:0:Measure"] = "Credits",
            ["ToApis:Monitoring:Thresholds:0:Value"] = "2000",
            ["ToApis:Monitoring:Thresholds:0:Level"] = "Warning",
            ["ToApis:Monitoring:Thresholds:1:Measure"] = "PercentRemaining",
            ["ToApis:Monitoring:Thresholds:1:Value"] = "10",
            ["ToApis:Monitoring:Thresholds:1:Level"] = "Critical",
        });
        var services = new ServiceCollection();
        services.AddToApisBalanceClient(configuration.GetSection("ToApis")).AddBalanceMonitoring(configuration.GetSection("ToApis:Monitoring"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<BalanceMonitorOptions>>().Get(Options.DefaultName);

        Assert.Equal(TimeSpan.FromMinutes(1), options.Interval);
        Assert.Equal(0.2, options.Jitter);
        Assert.Equal(BalanceScope.User, options.Scope);
        Assert.Equal(TimeSpan.FromHours(12), options.WarnWhenExhaustedWithin);
        Assert.Equal(10, options.HysteresisPercent);
        Assert.Equal(5, options.ConsecutiveFailuresBeforeAlert);
        Assert.Equal(TimeSpan.FromMinutes(10), options.StaleAfter);
        Assert.Equal(TimeSpan.FromHours(2), options.ForecastWindow);
        Assert.Equal(TimeSpan.FromMinutes(20), options.ForecastMinimumSpan);
        Assert.Equal(TimeSpan.FromMinutes(5), options.SpikeWindow);
        Assert.Equal(4, options.SpikeFactor);
        Assert.Equal(TimeSpan.FromSeconds(30), options.GuardMaxAge);
        Assert.Collection(
            options.Thresholds,
            t => Assert.Equal("Credits <= 2000 (Warning)", t.ToString()),
            t => Assert.Equal("PercentRemaining <= 10 % (Critical)", t.ToString()));
    }

    [Fact]
    public void AddBalanceMonitoring_Section_AMisspeltKeyIsAnErrorNotAZero()
    {
        var configuration = Configuration(new()
        {
            ["ToApis:ApiKey"] = ApiKey,
            ["ToApis:Monitoring:Thresholds:0:Measure"] = "Credits",
            ["ToApis:Monitoring:Thresholds:0:Valeu"] = "2000",
        });
        var services = new ServiceCollection();
        services.AddToApisBalanceClient(configuration.GetSection("ToApis")).AddBalanceMonitoring(configuration.GetSection("ToApis:Monitoring"));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IOptionsMonitor<BalanceMonitorOptions>>().Get(Options.DefaultName));

        Assert.Contains("Valeu", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBalanceMonitoring_Configure_AppliesToTheNamedClientOnly()
    {
        var services = new ServiceCollection();
        services.AddToApisBalanceClient("team-a", o => o.ApiKey = ApiKey).AddBalanceMonitoring(m => m.Interval = TimeSpan.FromMinutes(1));
        using var provider = services.BuildServiceProvider();
        var monitor = provider.GetRequiredService<IOptionsMonitor<BalanceMonitorOptions>>();

        Assert.Equal(TimeSpan.FromMinutes(1), monitor.Get("team-a").Interval);
        Assert.Equal(TimeSpan.FromMinutes(5), monitor.Get(Options.DefaultName).Interval);
    }

    [Fact]
    public void Start_InvalidOptions_FailsWithMessagesNamingTheClient()
    {
        var services = new ServiceCollection();
        services.AddToApisBalanceClient("team-a", o => o.ApiKey = ApiKey).AddBalanceMonitoring(m =>
        {
            m.Interval = TimeSpan.FromSeconds(5);
            m.Jitter = 0.9;
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("ToAPIs balance monitor of client 'team-a': Interval must be between 10 seconds and 24 hours; it is 00:00:05.", error.Failures);
        Assert.Contains("ToAPIs balance monitor of client 'team-a': Jitter: The field BalanceMonitorOptions.Jitter must be between 0 and 0.5.", error.Failures);
    }

    [Fact]
    public void Start_InvalidOptionsOfTheUnnamedClient_FailsWithoutAName()
    {
        var services = new ServiceCollection();
        services.AddToApisBalanceClient(o => o.ApiKey = ApiKey).AddBalanceMonitoring(m => m.ConsecutiveFailuresBeforeAlert = 0);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(["ToAPIs balance monitor: ConsecutiveFailuresBeforeAlert: The field BalanceMonitorOptions.ConsecutiveFailuresBeforeAlert must be between 1 and 100."], error.Failures);
    }

    [Fact]
    public void Start_ValidOptions_DoesNotThrow()
    {
        var services = new ServiceCollection();
        services.AddToApisBalanceClient(o => o.ApiKey = ApiKey).AddBalanceMonitoring(m => m.Thresholds.Add(BalanceThreshold.Credits(500, AlertLevel.Critical)));
        using var provider = services.BuildServiceProvider();

        Assert.Null(Record.Exception(provider.GetRequiredService<IStartupValidator>().Validate));
    }

    [Fact]
    public void AddBalanceMonitoring_AnotherHttpClient_Throws()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<ArgumentException>(() => services.AddHttpClient("payments").AddBalanceMonitoring());

        Assert.StartsWith("AddBalanceMonitoring applies to the builder returned by AddToApisBalanceClient, not to the HTTP client 'payments'.", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
