using System.Text;
using System.Text.Json;
using ToApis.Balance.Internal;

namespace ToApis.Balance.Tests.TestSupport;

/// <summary>Runs a body through <see cref="BalanceBody.TryRead"/> directly, without a client.</summary>
internal static class BodyReading
{
    /// <summary>The path of the <see cref="JsonException"/> that refused <paramref name="json"/>; asserts it was refused.</summary>
    public static string? RefusedAt(string json)
    {
        var body = BalanceBody.TryRead(Encoding.UTF8.GetBytes(json), out var problem, out _);

        Assert.Null(body);
        return Assert.IsType<JsonException>(problem).Path;
    }
}
