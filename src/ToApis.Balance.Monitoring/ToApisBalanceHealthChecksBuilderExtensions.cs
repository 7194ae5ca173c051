using Microsoft.Extensions.Diagnostics.HealthChecks;
using ToApis.Balance;
using ToApis.Balance.Monitoring;
using ToApis.Balance.Monitoring.Internal;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the ToAPIs balance health check, which reads the balance monitor's snapshots.</summary>
public static class ToApisBalanceHealthChecksBuilderExtensions
{
    private const string DefaultName = "toapis-balance";

    /// <summary>
    /// Adds a health check of the monitored balances, meant for <b>readiness</b>, never liveness (a low balance must not
    /// restart a pod): Healthy; Degraded at <see cref="AlertLevel.Warning"/>; <paramref name="failureStatus"/> at
    /// <see cref="AlertLevel.Critical"/>, when a balance is older than <see cref="BalanceMonitorOptions.StaleAfter"/>, or
    /// before the first balance is read. It reads the monitor's snapshots and never calls the API. The description says
    /// why; <c>Data</c> carries the figures (prefixed with the client's name for a named client), never the key.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="name">The name of the check; <see langword="null"/> for <c>toapis-balance</c>.</param>
    /// <param name="failureStatus">The status reported when the check fails; <see langword="null"/> for <see cref="HealthStatus.Unhealthy"/>.</param>
    /// <param name="tags">Tags to filter checks by, such as <c>ready</c>.</param>
    /// <param name="timeout">How long the check may take; <see langword="null"/> for no limit.</param>
    /// <returns>The same builder, so calls chain.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <remarks>Needs <c>AddBalanceMonitoring</c> on at least one client; resolving the check without it throws <see cref="InvalidOperationException"/>.</remarks>
    public static IHealthChecksBuilder AddToApisBalance(this IHealthChecksBuilder builder, string? name = null, HealthStatus? failureStatus = null, IEnumerable<string>? tags = null, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new HealthCheckRegistration(
            name ?? DefaultName,
            services => new BalanceHealthCheck(
                services.GetService<BalanceMonitor>() ?? throw new InvalidOperationException("The ToAPIs balance health check reads the balance monitor: call AddBalanceMonitoring() on AddToApisBalanceClient(...)."),
                services.GetRequiredService<TimeProvider>()),
            failureStatus,
            tags,
            timeout));
    }
}
