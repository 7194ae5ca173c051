using System.Security.Cryptography;
using System.Text;

namespace ToApis.Balance.Caching.Tests.TestSupport;

/// <summary>The documented cache key of the user endpoint for a key on the test gateway, computed independently.</summary>
internal static class FleetKey
{
    public const string Prefix = "toapis:balance:v1:";

    public static string UserBalance(string apiKey)
    {
        var material = apiKey + "\nhttp://127.0.0.1/\nGET /v1/user/balance\nUnspecified";
        return Prefix + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(material)));
    }

    /// <summary>A key of its own for each test, so tests sharing a Redis server never see each other's balances.</summary>
    public static string NewApiKey() => "sk-fleet" + Guid.NewGuid().ToString("N");
}
