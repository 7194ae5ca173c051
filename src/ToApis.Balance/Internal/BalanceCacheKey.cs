using System.Security.Cryptography;
using System.Text;

namespace ToApis.Balance.Internal;

/// <summary>The key under which a fleet cache stores one endpoint's balance for one API key.</summary>
internal static class BalanceCacheKey
{
    public const string Prefix = "toapis:balance:v1:";

    /// <summary>
    /// The prefix and an upper-case hex SHA-256 of the key, the normalized address, the endpoint and the unit: never the key
    /// itself. The unit is part of it because <see cref="BalanceSnapshot.Remaining"/> is in that unit, so two
    /// clients configured with different units must not share a snapshot.
    /// </summary>
    public static string Create(string apiKey, Uri baseAddress, string endpoint, BalanceUnit unit)
    {
        var material = apiKey + "\n" + baseAddress.AbsoluteUri + "\n" + endpoint + "\n" + unit;
        return Prefix + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(material)));
    }
}
