// Serves the loopback sandbox and waits, as a user's console app or a CI fixture does: nothing here handles Ctrl+C
// or SIGTERM, so the process must stop on them by .NET's defaults (the sandbox must not take them over).
using ToApis.Balance.Testing;

await using var sandbox = await ToApisSandbox.StartAsync();
Console.WriteLine(sandbox.BaseAddress);
await Task.Delay(Timeout.Infinite);
