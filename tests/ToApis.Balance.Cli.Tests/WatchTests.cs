using Microsoft.Extensions.Time.Testing;

namespace ToApis.Balance.Cli.Tests;

/// <summary><c>--watch</c>: a refresh per interval on the run's clock, until canceled.</summary>
public sealed class WatchTests
{
    private static readonly TimeSpan Promptly = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Watch_RefreshesOncePerIntervalAndEndsWithTheLastStatusWhenCanceled()
    {
        var time = new FakeTimeProvider();
        var output = new LineCountingWriter();
        using var cts = new CancellationTokenSource();
        var environment = new CliEnvironment
        {
            Out = output,
            Error = TextWriter.Null,
            In = TextReader.Null,
            GetVariable = _ => null,
            Time = time,
            Sandbox = new TestingKitSandbox(),
        };

        var run = CliApplication.RunAsync(["--sandbox", "low", "--format", "json", "--watch", "30s", "-w", "2000"], environment, cts.Token);
        await output.WaitForLinesAsync(1).WaitAsync(Promptly);
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(1, output.Lines);
        time.Advance(TimeSpan.FromSeconds(1));
        await output.WaitForLinesAsync(2).WaitAsync(Promptly);
        await cts.CancelAsync();

        Assert.Equal(1, await run.WaitAsync(Promptly));
        Assert.All(output.Text.TrimEnd('\n').Split('\n'), line => Assert.StartsWith("{\"status\":\"warning\"", line));
    }

    [Fact]
    public async Task Watch_SandboxWithAKeyInTheEnvironment_NotesItOnceNotPerRefresh()
    {
        var time = new FakeTimeProvider();
        var output = new LineCountingWriter();
        using var error = new StringWriter();
        using var cts = new CancellationTokenSource();
        var environment = new CliEnvironment
        {
            Out = output,
            Error = error,
            In = TextReader.Null,
            GetVariable = name => name == "TOAPIS_API_KEY" ? CliRun.Key : null,
            Time = time,
            Sandbox = new TestingKitSandbox(),
        };

        var run = CliApplication.RunAsync(["--sandbox", "--format", "json", "--watch", "30s"], environment, cts.Token);
        await output.WaitForLinesAsync(1).WaitAsync(Promptly);
        time.Advance(TimeSpan.FromSeconds(30));
        await output.WaitForLinesAsync(2).WaitAsync(Promptly);
        await cts.CancelAsync();
        await run.WaitAsync(Promptly);

        Assert.Single(error.ToString().TrimEnd('\n').Split('\n'), line => line.Contains("TOAPIS_API_KEY is set but not used", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Watch_ShorterThanFiveSeconds_IsRefused()
    {
        var result = await CliRun.RunAsync(["--sandbox", "--watch", "1s"]);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("--watch must be from 5 seconds to 24 hours", result.Error);
    }

    /// <summary>A thread-safe writer that lets a test wait for a number of complete lines.</summary>
    private sealed class LineCountingWriter : StringWriter
    {
        private readonly object gate = new();
        private readonly List<(int Count, TaskCompletionSource Done)> waiters = [];
        private int lines;

        public int Lines
        {
            get
            {
                lock (gate)
                {
                    return lines;
                }
            }
        }

        public string Text
        {
            get
            {
                lock (gate)
                {
                    return ToString();
                }
            }
        }

        public Task WaitForLinesAsync(int count)
        {
            lock (gate)
            {
                if (lines >= count)
                {
                    return Task.CompletedTask;
                }

                var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                waiters.Add((count, done));
                return done.Task;
            }
        }

        public override void Write(char value)
        {
            lock (gate)
            {
                base.Write(value);
                if (value == '\n')
                {
                    lines++;
                    foreach (var waiter in waiters.Where(w => w.Count <= lines))
                    {
                        waiter.Done.TrySetResult();
                    }
                }
            }
        }

        public override void Write(string? value)
        {
            foreach (var c in value ?? string.Empty)
            {
                Write(c);
            }
        }

        public override Task WriteAsync(string? value)
        {
            Write(value);
            return Task.CompletedTask;
        }
    }
}
