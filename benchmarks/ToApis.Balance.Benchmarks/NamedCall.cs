namespace ToApis.Balance.Benchmarks;

/// <summary>One contender's call, reduced to the figure it read (<c>remain_balance</c>), for the modes that check every call.</summary>
internal sealed record NamedCall(string Name, Func<Task<decimal?>> Call);
