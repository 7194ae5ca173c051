using ToApis.Balance.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Ctrl+C ends a watch cleanly (the exit code is the last refresh's); a second one ends the process.
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};

return await CliApplication.RunAsync(args, CliEnvironment.System(new TestingKitSandbox()), cancellation.Token).ConfigureAwait(false);
