using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BalanceAlerts;

/// <summary>Writes a health report as JSON with each check's description and data, so a reader sees why, not only the status.</summary>
internal static class HealthJson
{
    public static Task WriteAsync(HttpContext context, HealthReport report) => context.Response.WriteAsJsonAsync(new
    {
        status = report.Status.ToString(),
        checks = report.Entries.Select(entry => new
        {
            name = entry.Key,
            status = entry.Value.Status.ToString(),
            description = entry.Value.Description,
            data = entry.Value.Data,
        }),
    });
}
