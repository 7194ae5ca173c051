using Microsoft.Extensions.Options;
using ToApis.Balance;
using ToApis.Balance.Monitoring;
using ToApis.Balance.Testing;

namespace BalanceAlerts;

/// <summary>
/// Runs the app with no account: the client reads the testing kit's sandbox in-process (no port, no network), on
/// the app's <see cref="TimeProvider"/>, so a test's fake clock drives the falling balance and the monitor alike.
/// </summary>
internal static class SandboxMode
{
    public const string Section = "Sandbox";

    /// <summary>On when <c>Sandbox:Enabled</c> says so, else when no key is configured.</summary>
    public static bool IsOn(IConfiguration configuration) =>
        configuration.GetValue<bool?>($"{Section}:Enabled")
        ?? (string.IsNullOrWhiteSpace(configuration["ToApis:ApiKey"]) && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("TOAPIS_API_KEY")));

    /// <summary>Points the client at the sandbox and lays the section's <c>Monitoring</c> options over the monitor's.</summary>
    public static void Use(IServiceCollection services, IHttpClientBuilder client, IConfigurationSection section)
    {
        var options = section.Get<ToApisSandboxOptions>() ?? new ToApisSandboxOptions();
        services.AddSingleton(sp => new ToApisSandbox(options, sp.GetRequiredService<TimeProvider>()));
        services.AddOptions<ToApisBalanceClientOptions>().Configure<ToApisSandbox>((o, sandbox) =>
        {
            o.ApiKey = ToApisSandbox.ApiKey;
            o.BaseAddress = sandbox.BaseAddress;
        });
        client.ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredService<ToApisSandbox>().CreateHandler());

        // After AddBalanceMonitoring's own binding, so these values win; the thresholds stay those of ToApis:Monitoring.
        services.Configure<BalanceMonitorOptions>(section.GetSection("Monitoring"));
    }

    /// <summary>Creates the sandbox, which starts its scenario's clock; false, with the reason printed, when its options are not valid.</summary>
    public static bool Start(IServiceProvider services)
    {
        try
        {
            services.GetRequiredService<ToApisSandbox>();
            return true;
        }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine(error.Message);
            return false;
        }
    }

    /// <summary>What the sandbox does, in a line, from the options in force.</summary>
    public static string Describe(IServiceProvider services)
    {
        var section = services.GetRequiredService<IConfiguration>().GetSection(Section);
        var sandbox = section.Get<ToApisSandboxOptions>() ?? new ToApisSandboxOptions();
        var monitor = services.GetRequiredService<IOptionsMonitor<BalanceMonitorOptions>>().Get(Options.DefaultName);
        var falling = string.Equals(sandbox.Scenario, "falling", StringComparison.OrdinalIgnoreCase)
            ? $", {sandbox.FallingStartBalance} USD spent at {sandbox.FallingSpendPerMinute} USD a minute"
            : string.Empty;
        return $"SANDBOX (no key in ToApis:ApiKey or TOAPIS_API_KEY, or Sandbox:Enabled): the balance comes from the testing kit's sandbox, not a real account: scenario '{sandbox.Scenario}'{falling}, polled every {monitor.Interval.TotalSeconds:0} s.";
    }
}
