using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Distributed;
using StackExchange.Redis;

namespace ToApis.Balance.Caching.Tests.TestSupport;

/// <summary>
/// The second level of HybridCache, in memory, that the test makes stall, refuse or drop commands. Commands that
/// stall or wait to be dropped are queued, so the test knows when a caller waits on one.
/// </summary>
internal sealed class FaultyDistributedCache : IDistributedCache
{
    private readonly ConcurrentDictionary<string, byte[]> entries = new();
    private readonly ConcurrentQueue<TaskCompletionSource<byte[]?>> waiting = new();
    private int commands;
    private int stores;

    public RedisFault Fault { get; set; }

    /// <summary>Whether <see cref="Fault"/> applies to writes only, reads answering at once.</summary>
    public bool OnlyWrites { get; set; }

    /// <summary>Every read and write of a balance that reached this cache, whatever the fault (HybridCache's own keys not counted).</summary>
    public int Commands => Volatile.Read(ref commands);

    /// <summary>Writes that succeeded.</summary>
    public int Stores => Volatile.Read(ref stores);

    /// <summary>Takes the oldest command that waits for an answer (stalled or to be dropped).</summary>
    public bool TryTakeWaiting(out TaskCompletionSource<byte[]?> command) => waiting.TryDequeue(out command!);

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        Run(key, () => entries.TryGetValue(key, out var value) ? value : null, write: false);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        Run(key, () =>
        {
            entries[key] = value;
            Interlocked.Increment(ref stores);
            return value;
        }, write: true);

    public Task RefreshAsync(string key, CancellationToken token = default) => Run(key, () => null, write: true);

    public Task RemoveAsync(string key, CancellationToken token = default) => Run(key, () =>
        {
            entries.TryRemove(key, out _);
            return null;
        }, write: true);

    // HybridCache calls the asynchronous methods only.
    public byte[]? Get(string key) => throw new NotSupportedException();

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => throw new NotSupportedException();

    public void Refresh(string key) => throw new NotSupportedException();

    public void Remove(string key) => throw new NotSupportedException();

    private Task<byte[]?> Run(string key, Func<byte[]?> command, bool write)
    {
        if (key.StartsWith(FleetKey.Prefix, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref commands);
        }

        switch (write || !OnlyWrites ? Fault : RedisFault.None)
        {
            case RedisFault.Refuse:
                return Task.FromException<byte[]?>(new RedisConnectionException(ConnectionFailureType.UnableToConnect, "Connection refused (fake)."));
            case RedisFault.Stall:
            case RedisFault.Drop:
                var answer = new TaskCompletionSource<byte[]?>(TaskCreationOptions.RunContinuationsAsynchronously);
                waiting.Enqueue(answer);
                return answer.Task;
            default:
                return Task.FromResult(command());
        }
    }
}
