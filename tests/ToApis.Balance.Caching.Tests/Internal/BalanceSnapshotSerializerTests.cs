using System.Buffers;
using System.Reflection;
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

    /// <summary>
    /// Every property a balance can be built with comes back, whatever properties <see cref="BalanceSnapshot"/> has:
    /// one added to it is set here by reflection, so the cache cannot silently drop it.
    /// </summary>
    [Fact]
    public void Deserialize_EveryPropertySet_EveryPropertyBack()
    {
        AssertRoundTrip(Filled<TokenBalance>());
        AssertRoundTrip(Filled<UserBalance>());
    }

    private static void AssertRoundTrip<T>(T balance)
        where T : BalanceSnapshot
    {
        var serializer = new BalanceSnapshotSerializer<T>();
        var buffer = new ArrayBufferWriter<byte>();

        serializer.Serialize(balance, buffer);
        var back = serializer.Deserialize(new ReadOnlySequence<byte>(buffer.WrittenMemory));

        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Assert.True(Equals(property.GetValue(balance), property.GetValue(back)), $"{typeof(T).Name}.{property.Name} was {property.GetValue(balance)} and came back {property.GetValue(back)}.");
        }

        Assert.Equal(balance, back);
    }

    /// <summary>A balance with every settable property at a value of its own, none the default.</summary>
    private static T Filled<T>()
        where T : BalanceSnapshot, new()
    {
        var balance = new T();
        var seed = 0;
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null))
        {
            property.SetValue(balance, Sample(property, ++seed));
        }

        return balance;
    }

    private static object Sample(PropertyInfo property, int seed)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return type switch
        {
            _ when type == typeof(Quota) => Quota.Limited(seed + 0.25m),
            _ when type == typeof(decimal) => seed + 0.5m,
            _ when type == typeof(int) => seed,
            _ when type == typeof(bool) => true,
            _ when type == typeof(string) => "value " + seed,
            _ when type == typeof(DateTimeOffset) => new DateTimeOffset(2026, 11, 25, 12, 0, seed, TimeSpan.FromHours(8)),
            _ when type == typeof(TimeSpan) => TimeSpan.FromSeconds(seed),
            _ when type.IsEnum => Enum.GetValues(type).Cast<object>().Last(),
            _ => throw new InvalidOperationException($"Give {property.Name}'s type {type} a sample value here, so the cache is shown to carry it."),
        };
    }
}
