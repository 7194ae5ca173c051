namespace ToApis.Balance.LoadHarness;

/// <summary>What the load server counted at one moment; subtract two snapshots to get one run's share.</summary>
internal readonly record struct RequestCounts(long Token, long User, long ServiceUnavailable, long ConnectionResets)
{
    public long Total => Token + User;

    public static RequestCounts operator -(RequestCounts after, RequestCounts before) => new(
        after.Token - before.Token,
        after.User - before.User,
        after.ServiceUnavailable - before.ServiceUnavailable,
        after.ConnectionResets - before.ConnectionResets);
}
