// Two teams' keys as two keyed clients in a generic host, configured from appsettings.json and environment
// variables (ToApis__TeamA__ApiKey=sk-..., ToApis__TeamB__ApiKey=sk-...). Keyed clients read only their own
// section: nothing is inherited from TOAPIS_API_KEY or from each other, so with one team's key set and not the
// other's, the app stops at start and says which key is missing.
// With no key configured for either team, it starts the testing kit's sandbox on loopback (the "Sandbox" section:
// scenario and port) and points both clients at it, so it runs anywhere with no account.
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ToApis.Balance;
using ToApis.Balance.Testing;

string[] teams = ["TeamA", "TeamB"];
// appsettings.json is read from beside the program, wherever it is started from.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });

await using var sandbox = teams.All(team => string.IsNullOrWhiteSpace(builder.Configuration[$"ToApis:{team}:ApiKey"]))
    ? await ToApisSandbox.StartAsync(builder.Configuration.GetSection("Sandbox").Get<ToApisSandboxOptions>())
    : null;
if (sandbox is not null)
{
    Console.WriteLine($"SANDBOX: no key in ToApis:TeamA:ApiKey or ToApis:TeamB:ApiKey, so both teams ask a built-in server at {sandbox.BaseAddress}");
    Console.WriteLine("that answers with the documented example bodies (not a real account).");
    foreach (var team in teams)
    {
        builder.Configuration[$"ToApis:{team}:ApiKey"] = ToApisSandbox.ApiKey;
        builder.Configuration[$"ToApis:{team}:BaseAddress"] = sandbox.BaseAddress.ToString();
    }
}

foreach (var team in teams)
{
    // Keyed singleton IToApisBalanceClient, options validated at start with messages naming ToApis:<team>.
    builder.Services.AddToApisBalanceClient(team, builder.Configuration.GetSection($"ToApis:{team}"));
}

builder.Services.AddSingleton<BalanceReport>();
builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None); // the catch below says it in one line
using var host = builder.Build();
try
{
    // Options are validated here: a missing key or a bad address stops the app at start, naming the section.
    await host.StartAsync();
}
catch (Exception error) when (error is OptionsValidationException || error is AggregateException { InnerExceptions: var all } && all.All(e => e is OptionsValidationException))
{
    foreach (var invalid in error is AggregateException many ? many.InnerExceptions : [error])
    {
        Console.Error.WriteLine(invalid.Message);
    }

    return 2;
}

var exitCode = await host.Services.GetRequiredService<BalanceReport>().PrintAsync(teams);
await host.StopAsync();
return exitCode;

/// <summary>Prints each team's key and account balance; takes the keyed clients from the container.</summary>
internal sealed class BalanceReport(IServiceProvider services)
{
    public async Task<int> PrintAsync(IEnumerable<string> teams)
    {
        var exitCode = 0;
        foreach (var team in teams)
        {
            var client = services.GetRequiredKeyedService<IToApisBalanceClient>(team);
            try
            {
                var balances = await client.GetBalancesAsync();
                Console.WriteLine();
                Console.WriteLine($"{team}");
                Console.WriteLine($"  Key       {balances.Token.RemainingCredits} credits ({balances.Token.RemainingUsd} USD) left");
                Console.WriteLine($"  Account   {balances.User.RemainingCredits} credits ({balances.User.RemainingUsd} USD) left");
                Console.WriteLine($"  Effective {balances.EffectiveRemainingCredits} credits ({Limit(balances.LimitedBy)})");
            }
            catch (ToApisException error)
            {
                // The message never holds the key.
                Console.Error.WriteLine($"{team}: {error.GetType().Name}: {error.Message}");
                exitCode = 1;
            }
        }

        return exitCode;
    }

    private static string Limit(BalanceScope? side) => side switch
    {
        BalanceScope.Token => "the key's own limit is the smaller",
        BalanceScope.User => "the account holds less than the key may spend",
        BalanceScope.Both => "the key and the account hold the same",
        _ => "no limit, or a side did not report its credits",
    };
}
