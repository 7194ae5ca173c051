using System.Buffers;
using ToApis.Balance.Caching.Internal;

namespace ToApis.Balance.Caching.Tests.Internal;

public sealed class BalanceSnapshotSerializerTests
{
    [Fact]
    public void Deserialize_WhatSerializeWrote_EveryFigureAndQuotaStateBack()
    {
        var balance = new TokenBalance
        {
            Remaining = Quota.Unlimited,
            Used = 25.5m,
            RemainingCredits = Quota.Limited(-3.25m),
            UsedCredits = null,
            CreditsPerUsd = 200m,
            Unit = BalanceUnit.Cny,
            RemainingUsd = Quota.NotReported,
            UsedUsd = 0m,
            FetchedAt = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.FromHours(8)),
        };
        var serializer = new BalanceSnapshotSerializer<TokenBalance>();
        var buffer = new ArrayBufferWriter<byte>();

        serializer.Serialize(balance, buffer);
        var back = serializer.Deserialize(new ReadOnlySequence<byte>(buffer.WrittenMemory));

        Assert.Equal(balance, back);
    }

    [Fact]
    public void Deserialize_Limited0_StaysLimitedNotNotReported()
    {
        var balance = new UserBalance { Remaining = Quota.Limited(0m) };
        var serializer = new BalanceSnapshotSerializer<UserBalance>();
        var buffer = new ArrayBufferWriter<byte>();

        serializer.Serialize(balance, buffer);

        Assert.Equal(Quota.Limited(0m), serializer.Deserialize(new ReadOnlySequence<byte>(buffer.WrittenMemory)).Remaining);
    }
}
