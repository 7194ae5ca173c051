using Microsoft.Extensions.Time.Testing;
using ToApis.Balance.Monitoring.Internal;

namespace ToApis.Balance.Monitoring.Tests.Internal;

/// <summary>When a poll is due: on time, never early, and never lost when a real timer fires a little before the clock.</summary>
public sealed class PollGateTests
{
    [Fact]
    public void Due_TimerFiresBeforeTheClock_WaitsOutTheRestThenIsDue()
    {
        var time = new EarlyTimers(TimeSpan.FromMilliseconds(5));
        using var gate = new PollGate(time);

        gate.Schedule(TimeSpan.FromMinutes(1));
        time.Clock.Advance(TimeSpan.FromMinutes(1) - TimeSpan.FromMilliseconds(5));
        var early = gate.Due.IsCompleted;
        time.Clock.Advance(TimeSpan.FromMilliseconds(5));

        Assert.False(early);
        Assert.True(gate.Due.IsCompleted);
    }

    [Fact]
    public void Schedule_BeforeTheDueTime_MovesIt()
    {
        var time = new EarlyTimers(TimeSpan.Zero);
        using var gate = new PollGate(time);
        gate.Schedule(TimeSpan.FromMinutes(1));
        time.Clock.Advance(TimeSpan.FromSeconds(30));

        gate.Schedule(TimeSpan.FromMinutes(1));
        time.Clock.Advance(TimeSpan.FromSeconds(30));
        var atTheOldTime = gate.Due.IsCompleted;
        time.Clock.Advance(TimeSpan.FromSeconds(30));

        Assert.False(atTheOldTime);
        Assert.True(gate.Due.IsCompleted);
    }

    /// <summary>A fake clock whose timers fire <paramref name="early"/> before their due time, as real timers may.</summary>
    private sealed class EarlyTimers(TimeSpan early) : TimeProvider
    {
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

        public override DateTimeOffset GetUtcNow() => Clock.GetUtcNow();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            new Early(Clock.CreateTimer(callback, state, Shorten(dueTime), period), early);

        private TimeSpan Shorten(TimeSpan dueTime) => dueTime == Timeout.InfiniteTimeSpan || dueTime <= early ? dueTime : dueTime - early;

        private sealed class Early(ITimer inner, TimeSpan early) : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) =>
                inner.Change(dueTime == Timeout.InfiniteTimeSpan || dueTime <= early ? dueTime : dueTime - early, period);

            public void Dispose() => inner.Dispose();

            public ValueTask DisposeAsync() => inner.DisposeAsync();
        }
    }
}
