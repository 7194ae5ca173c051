// Uses the packages as a user would, against the sandbox (no API key, no network), and prints what it got.
// .ci/consume.sh compares the output line by line; any exception ends the run with a non-zero exit code.
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ToApis.Balance;
using ToApis.Balance.Testing;

await using var sandbox = await ToApisSandbox.StartAsync();

// The core package alone: a client from its constructor.
using (var client = new ToApisBalanceClient(new ToApisBalanceClientOptions { ApiKey = ToApisSandbox.ApiKey, BaseAddress = sandbox.BaseAddress }))
{
    var key = await client.GetTokenBalanceAsync();
    var account = await client.GetUserBalanceAsync();
    Console.WriteLine($"constructor: key remaining {key.Remaining}, account remaining {account.Remaining}, account credits {account.RemainingCredits}");
}

// Dependency injection: options bound from configuration, and the caching package over an in-memory HybridCache.
var builder = Host.CreateApplicationBuilder(args);
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["ToApis:ApiKey"] = ToApisSandbox.ApiKey,
    ["ToApis:BaseAddress"] = sandbox.BaseAddress.ToString(),
    ["ToApis:BalanceUnit"] = "Usd",
    ["ToApis:MaxStaleness"] = "00:01:00",
});
builder.Services.AddHybridCache();
builder.Services.AddToApisBalanceClient(builder.Configuration.GetSection("ToApis")).AddFleetBalanceCache();

using var host = builder.Build();
var balances = host.Services.GetRequiredService<IToApisBalanceClient>();
var first = await balances.GetUserBalanceAsync();
var second = await balances.GetUserBalanceAsync();
Console.WriteLine($"dependency injection: account remaining {first.Remaining} {first.Unit}, second call served from the window {second.FetchedAt == first.FetchedAt}");
Console.WriteLine($"runtime: .NET {Environment.Version.Major}");
