using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace ToApis.Balance.Monitoring.Internal;

/// <summary>Hands each new snapshot to every reader of <see cref="IBalanceMonitor.WatchAsync"/>, each through a small channel of its own.</summary>
internal sealed class SnapshotFeed
{
    /// <summary>A reader that falls this far behind loses the oldest snapshots, so a stuck reader never holds the monitor up.</summary>
    private const int Capacity = 64;

    private readonly object gate = new();
    private readonly List<Channel<BalanceMonitorSnapshot>> readers = [];
    private bool completed;

    public void Publish(BalanceMonitorSnapshot snapshot)
    {
        lock (gate)
        {
            foreach (var reader in readers)
            {
                reader.Writer.TryWrite(snapshot);
            }
        }
    }

    /// <summary>Ends every stream: the host is stopping.</summary>
    public void Complete()
    {
        lock (gate)
        {
            completed = true;
            foreach (var reader in readers)
            {
                reader.Writer.TryComplete();
            }
        }
    }

    public async IAsyncEnumerable<BalanceMonitorSnapshot> ReadAsync(Func<IEnumerable<BalanceMonitorSnapshot>> latest, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<BalanceMonitorSnapshot>(new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (gate)
        {
            // The latest snapshots go in under the lock, so none published meanwhile is missed or comes before them.
            foreach (var snapshot in latest())
            {
                channel.Writer.TryWrite(snapshot);
            }

            if (completed)
            {
                channel.Writer.TryComplete();
            }
            else
            {
                readers.Add(channel);
            }
        }

        try
        {
            await foreach (var snapshot in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return snapshot;
            }
        }
        finally
        {
            lock (gate)
            {
                readers.Remove(channel);
            }
        }
    }
}
