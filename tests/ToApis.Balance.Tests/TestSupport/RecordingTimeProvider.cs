using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace ToApis.Balance.Tests.TestSupport;

/// <summary>
/// A fake clock that also records the timers created on it and whether they fired, so a test can wait until
/// the client is really waiting (a timer of the expected due time exists) before it moves the clock.
/// </summary>
internal sealed class RecordingTimeProvider : FakeTimeProvider
{
    private readonly ConcurrentQueue<RecordedTimer> timers = new();

    public RecordingTimeProvider()
        : base(new DateTimeOffset(2025, 11, 24, 12, 0, 0, TimeSpan.Zero))
    {
    }

    public IReadOnlyList<RecordedTimer> Timers => [.. timers];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new RecordedTimer(dueTime);
        timers.Enqueue(timer);
        return new RecordingTimer(base.CreateTimer(s => { timer.Fired = true; callback(s); }, state, dueTime, period), timer);
    }

    /// <summary>Waits (in real time, bounded) until a timer of exactly <paramref name="dueTime"/> exists, and returns it.</summary>
    public async Task<RecordedTimer> WaitForTimerAsync(TimeSpan dueTime)
    {
        await Poll.UntilAsync(() => timers.Any(t => t.DueTime == dueTime), $"a timer due in {dueTime}");
        return timers.First(t => t.DueTime == dueTime);
    }

    /// <summary>Waits (in real time, bounded) until a timer matching <paramref name="match"/> exists, and returns it.</summary>
    public async Task<RecordedTimer> WaitForTimerAsync(Func<RecordedTimer, bool> match, string what)
    {
        await Poll.UntilAsync(() => timers.Any(match), what);
        return timers.First(match);
    }

    /// <summary>Moves the clock forward by <paramref name="total"/> in steps of <paramref name="step"/>.</summary>
    public void AdvanceInSteps(TimeSpan total, TimeSpan step)
    {
        for (var moved = TimeSpan.Zero; moved < total; moved += step)
        {
            Advance(step < total - moved ? step : total - moved);
        }
    }
}

/// <summary>
/// Records a timer's due time when it is changed too: a <see cref="CancellationTokenSource"/> on a time provider
/// (Polly's timeouts) creates its timer unarmed and arms it with <see cref="ITimer.Change"/>.
/// </summary>
internal sealed class RecordingTimer(ITimer inner, RecordedTimer record) : ITimer
{
    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        record.DueTime = dueTime;
        return inner.Change(dueTime, period);
    }

    public void Dispose() => inner.Dispose();

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}

/// <summary>One timer created on a <see cref="RecordingTimeProvider"/>.</summary>
internal sealed class RecordedTimer(TimeSpan dueTime)
{
    private long dueTicks = dueTime.Ticks;

    /// <summary>When the timer is due, as last set (at creation or by a change).</summary>
    public TimeSpan DueTime
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref dueTicks));
        set => Interlocked.Exchange(ref dueTicks, value.Ticks);
    }

    private volatile bool fired;

    public bool Fired
    {
        get => fired;
        set => fired = value;
    }
}
