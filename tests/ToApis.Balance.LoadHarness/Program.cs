using ToApis.Balance.LoadHarness;

var settings = HarnessArguments.Parse(args, out var error);
if (settings is null)
{
    if (error is not null)
    {
        await Console.Error.WriteLineAsync(error);
    }

    await Console.Error.WriteLineAsync(HarnessArguments.Usage);
    return error is null && args.Any(a => a is "--help" or "-h") ? 0 : 1;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var result = await LoadHarnessRunner.RunAsync(settings, cancellation.Token);
await Console.Out.WriteAsync(MarkdownReport.Write(result));
return result.Passed ? 0 : 1;
