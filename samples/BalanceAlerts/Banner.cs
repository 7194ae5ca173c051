using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace BalanceAlerts;

/// <summary>What the app says when it has started: where the balance comes from, and its URLs.</summary>
internal static class Banner
{
    private static readonly (string Path, string What)[] Endpoints =
    [
        ("/balance", "the balance, its forecast and the latest alerts (JSON)"),
        ("/health/ready", "readiness: Healthy, Degraded at Warning, Unhealthy at Critical or when stale"),
        ("/health/live", "liveness: the process answers (the balance takes no part)"),
        ("/metrics", "the ToApis.Balance meter in Prometheus text format"),
    ];

    /// <summary>Prints the banner and returns the address the app answers at, or null when it has none (a test server).</summary>
    public static Uri? Print(WebApplication app, bool sandbox)
    {
        if (sandbox)
        {
            Console.WriteLine(SandboxMode.Describe(app.Services));
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var baseAddress = addresses.Select(Reachable).FirstOrDefault();
        if (baseAddress is not null)
        {
            foreach (var (path, what) in Endpoints)
            {
                Console.WriteLine($"  {new Uri(baseAddress, path),-36} {what}");
            }
        }

        return baseAddress;
    }

    /// <summary>An address a client can call: a wildcard host (<c>+</c>, <c>*</c>, <c>[::]</c>, <c>0.0.0.0</c>) becomes localhost.</summary>
    private static Uri Reachable(string address)
    {
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "[::]" or "0.0.0.0")
        {
            uri.Host = "localhost";
        }

        return uri.Uri;
    }
}
