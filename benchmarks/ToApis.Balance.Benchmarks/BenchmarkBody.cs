using System.Text;
using ToApis.Balance.Testing;

namespace ToApis.Balance.Benchmarks;

/// <summary>What every contender is asked for and answered with: the same bytes, whatever the transport.</summary>
internal static class BenchmarkBody
{
    public const string ApiKey = "sk-benchmark0000000000000000000000";

    public const string UserPath = "/v1/user/balance";

    public const string TokenPath = "/v1/balance";

    /// <summary>The contract's first documented success body (the limited example), for both endpoints.</summary>
    public static readonly byte[] Bytes = Encoding.UTF8.GetBytes(ToApisSandboxBodies.Limited);

    /// <summary>The <c>remain_balance</c> of that body: every contender's result is checked against it once.</summary>
    public const decimal Remaining = 100.0m;
}
