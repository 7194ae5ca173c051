using System.Buffers;
using System.Text.Json;

namespace ToApis.Balance.Testing.Internal;

/// <summary>Writes a success body in the wire shape of the contract; a field without a value is left out, as servers do.</summary>
internal static class BalanceJson
{
    public static byte[] Write(decimal? remain, decimal? used, decimal? remainCredits, decimal? usedCredits, decimal? creditsPerUsd, bool unlimited)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteBoolean("success", true);
            WriteNumber(json, "remain_balance", remain);
            WriteNumber(json, "used_balance", used);
            WriteNumber(json, "remain_credits", remainCredits);
            WriteNumber(json, "used_credits", usedCredits);
            WriteNumber(json, "credits_per_usd", creditsPerUsd);
            json.WriteBoolean("unlimited_quota", unlimited);
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The body a server sends for a balance: the figures it reports, <c>-1</c> and <c>unlimited_quota</c> for
    /// Unlimited. The views the client derives (the USD figures), the unit and the time are not on the wire.
    /// </summary>
    public static byte[] From(BalanceSnapshot balance) => Write(
        balance.Remaining.IsUnlimited ? -1m : balance.Remaining.Amount,
        balance.Used,
        balance.RemainingCredits.Amount,
        balance.UsedCredits,
        balance.CreditsPerUsd,
        balance.IsUnlimited);

    private static void WriteNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is decimal number)
        {
            json.WriteNumber(name, number);
        }
    }
}
