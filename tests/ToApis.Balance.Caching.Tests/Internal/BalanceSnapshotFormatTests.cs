using System.Buffers;
using System.Text;
using ToApis.Balance.Caching.Internal;

namespace ToApis.Balance.Caching.Tests.Internal;

/// <summary>
/// The stored JSON is the one earlier versions wrote (captured from them), so that old and new instances can share a
/// cache during a rolling upgrade: each reads what the other wrote.
/// </summary>
public sealed class BalanceSnapshotFormatTests
{
    private const string LimitedJson =
        """{"Remaining":{"Amount":100},"Used":25.5,"RemainingCredits":{"Amount":20000},"UsedCredits":5100,"CreditsPerUsd":200,"Unit":1,"RemainingUsd":{"Amount":100},"UsedUsd":25.5,"FetchedAt":"2026-11-25T12:00:00+08:00"}""";

    private const string UnlimitedJson =
        """{"Remaining":{"Unlimited":true},"Used":0,"RemainingCredits":{"Unlimited":true},"RemainingUsd":{"Unlimited":true},"FetchedAt":"2026-11-25T04:00:00+00:00"}""";

    private static readonly TokenBalance Limited = new()
    {
        Remaining = Quota.Limited(100m),
        Used = 25.5m,
        RemainingCredits = Quota.Limited(20000m),
        UsedCredits = 5100m,
        CreditsPerUsd = 200m,
        Unit = BalanceUnit.Usd,
        RemainingUsd = Quota.Limited(100m),
        UsedUsd = 25.5m,
        FetchedAt = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.FromHours(8)),
    };

    private static readonly UserBalance Unlimited = new()
    {
        Remaining = Quota.Unlimited,
        Used = 0m,
        RemainingCredits = Quota.Unlimited,
        RemainingUsd = Quota.Unlimited,
        FetchedAt = new DateTimeOffset(2026, 11, 25, 4, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public void Serialize_LimitedBalance_WritesTheEarlierFormat() =>
        Assert.Equal(LimitedJson, Write(Limited));

    [Fact]
    public void Serialize_UnlimitedBalanceWithFiguresNotReported_WritesTheEarlierFormat() =>
        Assert.Equal(UnlimitedJson, Write(Unlimited));

    [Fact]
    public void Deserialize_EarlierFormat_ReadsTheBalance()
    {
        Assert.Equal(Limited, new BalanceSnapshotSerializer<TokenBalance>().Deserialize(Bytes(LimitedJson)));
        Assert.Equal(Unlimited, new BalanceSnapshotSerializer<UserBalance>().Deserialize(Bytes(UnlimitedJson)));
    }

    [Fact]
    public void Deserialize_QuotaWrittenAsNull_NotReported()
    {
        var read = new BalanceSnapshotSerializer<TokenBalance>().Deserialize(Bytes("""{"Remaining":null,"RemainingCredits":{"Amount":null}}"""));

        Assert.Equal(Quota.NotReported, read.Remaining);
        Assert.Equal(Quota.NotReported, read.RemainingCredits);
    }

    private static string Write<T>(T balance)
        where T : BalanceSnapshot
    {
        var buffer = new ArrayBufferWriter<byte>();
        new BalanceSnapshotSerializer<T>().Serialize(balance, buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static ReadOnlySequence<byte> Bytes(string json) => new(Encoding.UTF8.GetBytes(json));
}
