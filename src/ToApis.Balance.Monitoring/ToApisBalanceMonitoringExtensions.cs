using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ToApis.Balance.Monitoring;
using ToApis.Balance.Internal;
using ToApis.Balance.Monitoring.Internal;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Adds balance monitoring to a client registered with <c>AddToApisBalanceClient</c>: a hosted service that polls the
/// balance, raises alerts (<see cref="IBalanceAlertHandler"/>) and keeps the latest snapshot (<see cref="IBalanceMonitor"/>).
/// </summary>
public static class ToApisBalanceMonitoringExtensions
{

    /// <summary>Monitors this client's balance with the default options.</summary>
    /// <param name="builder">The builder <c>AddToApisBalanceClient</c> returned.</param>
    /// <returns>The same builder, so calls chain.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="builder"/> is not the builder of a ToAPIs balance client.</exception>
    public static IHttpClientBuilder AddBalanceMonitoring(this IHttpClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddCore(builder);
        return builder;
    }

    /// <summary>Monitors this client's balance, configured in code.</summary>
    /// <param name="builder">The builder <c>AddToApisBalanceClient</c> returned.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same builder, so calls chain.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="configure"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="builder"/> is not the builder of a ToAPIs balance client.</exception>
    public static IHttpClientBuilder AddBalanceMonitoring(this IHttpClientBuilder builder, Action<BalanceMonitorOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var name = AddCore(builder);
        builder.Services.AddOptions<BalanceMonitorOptions>(name).Configure(configure);
        return builder;
    }

    /// <summary>Monitors this client's balance, configured from a configuration section such as <c>ToApis:Monitoring</c>.</summary>
    /// <param name="builder">The builder <c>AddToApisBalanceClient</c> returned.</param>
    /// <param name="section">The section whose keys are the option names (<c>Interval</c>, <c>Thresholds</c>, …).</param>
    /// <returns>The same builder, so calls chain.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="section"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="builder"/> is not the builder of a ToAPIs balance client.</exception>
    public static IHttpClientBuilder AddBalanceMonitoring(this IHttpClientBuilder builder, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        var name = AddCore(builder);
        // A misspelt key (Thresholds:0:Valeu) is an error at start, not a threshold silently at 0.
        builder.Services.AddOptions<BalanceMonitorOptions>(name).Bind(section, binder => binder.ErrorOnUnknownConfiguration = true);
        return builder;
    }

    private static string AddCore(IHttpClientBuilder builder)
    {
        var name = ToApisHttpClientNames.ClientName(builder.Name)
            ?? throw new ArgumentException($"AddBalanceMonitoring applies to the builder returned by AddToApisBalanceClient, not to the HTTP client '{builder.Name}'.", nameof(builder));
        var services = builder.Services;
        Clients(services).Add(name);
        services.AddOptions<BalanceMonitorOptions>(name).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BalanceMonitorOptions>, BalanceMonitorOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();

        // One hosted service polls every monitored client; IBalanceMonitor is that same instance.
        if (!services.Any(d => d.ServiceType == typeof(BalanceMonitor)))
        {
            services.AddSingleton(sp => new BalanceMonitor(sp, sp.GetRequiredService<MonitoredClients>(), sp.GetRequiredService<IOptionsMonitor<BalanceMonitorOptions>>(), sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton<IBalanceMonitor>(sp => sp.GetRequiredService<BalanceMonitor>());
            services.AddHostedService(sp => sp.GetRequiredService<BalanceMonitor>());
        }

        return name;
    }

    /// <summary>The monitored clients of this service collection, added on first use.</summary>
    private static MonitoredClients Clients(IServiceCollection services)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(MonitoredClients) && !d.IsKeyedService)?.ImplementationInstance is MonitoredClients known)
        {
            return known;
        }

        var clients = new MonitoredClients();
        services.AddSingleton(clients);
        return clients;
    }
}
