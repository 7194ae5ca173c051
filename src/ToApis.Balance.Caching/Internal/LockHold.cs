namespace ToApis.Balance.Caching.Internal;

/// <summary>A lock this instance took: which key, as which owner, and the signal that ends its renewals once it is let go.</summary>
internal sealed class LockHold(string key, string owner)
{
    private readonly CancellationTokenSource released = new();

    public string Key => key;

    public string Owner => owner;

    /// <summary>Gets a token canceled once the lock is let go: its renewals stop.</summary>
    public CancellationToken Released => released.Token;

    /// <summary>Gets the renewals, which end when the lock is let go, lost, or held for <see cref="FleetLock.HoldLimit"/>.</summary>
    public Task Renewing { get; set; } = Task.CompletedTask;

    /// <summary>Ends the renewals (no timer is attached, so nothing is left to dispose).</summary>
    public void End() => released.Cancel();
}
