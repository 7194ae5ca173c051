// A web app that watches a ToAPIs balance: alerts in the log, readiness at /health/ready, Prometheus metrics at
// /metrics, the latest balance, forecast and alerts as JSON at /balance. With no key (ToApis:ApiKey or
// TOAPIS_API_KEY) it reads the testing kit's sandbox, whose balance falls, so a forecast and an alert show within a
// minute. `--self-check 75s` turns it into a smoke test: it exits 0 as soon as it has seen an alert and a forecast
// and its own /health/ready and /metrics answered, 1 if that did not happen within 75 s.
using BalanceAlerts;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using ToApis.Balance.Monitoring;

var builder = WebApplication.CreateBuilder(args);

// The client and its monitor, both from configuration: "ToApis" and "ToApis:Monitoring" in appsettings.json.
var client = builder.Services.AddToApisBalanceClient(builder.Configuration.GetSection("ToApis"))
    .AddBalanceMonitoring(builder.Configuration.GetSection("ToApis:Monitoring"));
var sandbox = SandboxMode.IsOn(builder.Configuration);
if (sandbox)
{
    SandboxMode.Use(builder.Services, client, builder.Configuration.GetSection(SandboxMode.Section));
}

// Alerts: the monitor logs each one itself (category ToApis.Balance.Monitoring, event 201); a handler is where an
// app sends them on (a pager, a chat channel). This one keeps the latest for /balance.
builder.Services.AddSingleton<AlertBoard>();
builder.Services.AddSingleton<IBalanceAlertHandler>(sp => sp.GetRequiredService<AlertBoard>());

// Readiness, never liveness: a low balance takes the instance out of rotation, it must not restart it.
builder.Services.AddHealthChecks().AddToApisBalance(tags: ["ready"]);

builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter("ToApis.Balance").AddPrometheusExporter());

var app = builder.Build();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = HealthJson.WriteAsync });
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapPrometheusScrapingEndpoint();
app.MapGet("/balance", BalanceView.Get);
app.MapGet("/", () => Results.Redirect("/balance"));
if (sandbox && !SandboxMode.Start(app.Services))
{
    return 2;
}

SelfCheck? selfCheck;
try
{
    // Before the start, so that it hears the first poll.
    selfCheck = SelfCheck.FromArguments(app.Configuration, app.Services.GetRequiredService<IBalanceMonitor>());

    // The options are validated here: a bad threshold or a missing key stops the app with a message saying what to set.
    await app.StartAsync();
}
catch (Exception error) when (error is OptionsValidationException or FormatException || error is AggregateException { InnerExceptions: var all } && all.All(e => e is OptionsValidationException))
{
    foreach (var invalid in error is AggregateException many ? many.InnerExceptions : [error])
    {
        Console.Error.WriteLine(invalid.Message);
    }

    return 2;
}

var urls = Banner.Print(app, sandbox);
if (selfCheck is null)
{
    await app.WaitForShutdownAsync();
    return 0;
}

var exitCode = await selfCheck.RunAsync(urls, app.Lifetime.ApplicationStopping);
await app.StopAsync();
return exitCode;
