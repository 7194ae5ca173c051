using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.TestSupport;

/// <summary>Reads what the WireMock server received.</summary>
internal static class WireMockLog
{
    /// <summary>The Authorization header of every logged request, in arrival order (null when absent).</summary>
    public static List<string?> AuthorizationHeaders(TestServer server) =>
        server.Server.LogEntries
            .Select(entry => entry.RequestMessage?.Headers?
                .Where(header => string.Equals(header.Key, "Authorization", StringComparison.OrdinalIgnoreCase))
                .Select(header => string.Join(",", header.Value))
                .FirstOrDefault())
            .ToList();
}
