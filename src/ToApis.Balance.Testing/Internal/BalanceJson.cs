using System.Buffers;
using System.Text.Json;
using ToApis.Balance.Internal;

namespace ToApis.Balance.Testing.Internal;

/// <summary>Writes a success body in the wire shape of the contract; a field without a value is left out, as servers do.</summary>
internal static class BalanceJson
{
    /// <summary>
    /// The body a server sends for a balance (see <see cref="BalanceMapper.ToWire"/>). The views the client derives
    /// (the USD figures), the unit and the time are not on the wire.
    /// </summary>
    public static byte[] From(BalanceSnapshot balance) => Write(BalanceMapper.ToWire(balance));

    private static byte[] Write(in WireBalance figures)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteBoolean("success", true);
            WriteNumber(json, "remain_balance", figures.RemainBalance);
            WriteNumber(json, "used_balance", figures.UsedBalance);
            WriteNumber(json, "remain_credits", figures.RemainCredits);
            WriteNumber(json, "used_credits", figures.UsedCredits);
            WriteNumber(json, "credits_per_usd", figures.CreditsPerUsd);
            if (figures.UnlimitedQuota is bool unlimited)
            {
                json.WriteBoolean("unlimited_quota", unlimited);
            }

            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is decimal number)
        {
            json.WriteNumber(name, number);
        }
    }
}
