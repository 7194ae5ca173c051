// Prints the balance of an API key and of its account.
// With TOAPIS_API_KEY set it asks the real service (TOAPIS_BASE_URL overrides https://toapis.com);
// without it, it starts the testing kit's sandbox as a server on loopback that answers with the documented example bodies.
using System.Globalization;
using ToApis.Balance;
using ToApis.Balance.Testing;

var apiKey = Environment.GetEnvironmentVariable("TOAPIS_API_KEY");
await using var sandbox = string.IsNullOrWhiteSpace(apiKey) ? await ToApisSandbox.StartAsync() : null;

var options = new ToApisBalanceClientOptions();
if (sandbox is not null)
{
    options.ApiKey = ToApisSandbox.ApiKey;
    options.BaseAddress = sandbox.BaseAddress;
    Console.WriteLine($"SANDBOX: TOAPIS_API_KEY is not set, so this asks a built-in server at {sandbox.BaseAddress}");
    Console.WriteLine("that answers with the documented example bodies (not a real account). Set TOAPIS_API_KEY to see yours.");
}
else
{
    if (Environment.GetEnvironmentVariable("TOAPIS_BASE_URL") is { Length: > 0 } baseUrl)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var address))
        {
            Console.Error.WriteLine("TOAPIS_BASE_URL is not an absolute address such as https://toapis.com.");
            return 2;
        }

        options.BaseAddress = address;
    }

    // Scheme, host and path only: user info or a query in the variable could hold a secret.
    Console.WriteLine($"Asking {options.BaseAddress.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped)} with the key in TOAPIS_API_KEY.");
}

try
{
    using var client = new ToApisBalanceClient(options);
    Print("API key (GET /v1/balance)", await client.GetTokenBalanceAsync());
    Print("Account (GET /v1/user/balance)", await client.GetUserBalanceAsync());
    return 0;
}
catch (ArgumentException error)
{
    // Invalid options: the message says what to set, and never repeats the key.
    Console.Error.WriteLine(error.Message);
    return 2;
}
catch (ToApisException error)
{
    // Messages never contain the key, so they are safe to print and log.
    Console.Error.WriteLine($"{error.GetType().Name}: {error.Message}");
    return 1;
}

static void Print(string title, BalanceSnapshot balance)
{
    var unit = balance.Unit == BalanceUnit.Unspecified ? "(unit not configured)" : balance.Unit.ToString().ToUpperInvariant();
    Console.WriteLine();
    Console.WriteLine(title);
    Console.WriteLine($"  Unlimited          {(balance.IsUnlimited ? "yes" : "no")}");
    Console.WriteLine($"  Remaining          {balance.Remaining} {(balance.Remaining.TryGetAmount(out _) ? unit : string.Empty)}".TrimEnd());
    Console.WriteLine($"  Used               {Show(balance.Used)} {(balance.Used is null ? string.Empty : unit)}".TrimEnd());
    Console.WriteLine($"  Remaining credits  {balance.RemainingCredits}");
    Console.WriteLine($"  Used credits       {Show(balance.UsedCredits)}");
    Console.WriteLine($"  Credits per USD    {Show(balance.CreditsPerUsd)}");
    Console.WriteLine($"  Remaining in USD   {balance.RemainingUsd}");
    Console.WriteLine($"  Used in USD        {Show(balance.UsedUsd)}");
}

static string Show(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "not reported";
