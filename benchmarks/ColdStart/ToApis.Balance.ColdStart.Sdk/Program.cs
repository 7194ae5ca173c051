using ToApis.Balance;

// The shortest useful program: read the account balance once and print it.
using var client = new ToApisBalanceClient(new ToApisBalanceClientOptions
{
    ApiKey = Environment.GetEnvironmentVariable("TOAPIS_API_KEY") ?? "sk-sandbox",
    BaseAddress = new Uri(Environment.GetEnvironmentVariable("TOAPIS_BASE_URL") ?? "http://127.0.0.1:5000"),
});
var balance = await client.GetUserBalanceAsync();
Console.WriteLine($"remaining {balance.Remaining}, credits {balance.RemainingCredits}");
