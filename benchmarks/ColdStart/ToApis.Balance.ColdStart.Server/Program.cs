using ToApis.Balance.Testing;

// Starts the sandbox on a free loopback port, prints its address, and serves until stdin closes or Ctrl+C.
await using var sandbox = await ToApisSandbox.StartAsync();
Console.WriteLine(sandbox.BaseAddress);
await Console.In.ReadToEndAsync();
