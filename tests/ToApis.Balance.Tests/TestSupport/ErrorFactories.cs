using ToApis.Balance.Internal;

namespace ToApis.Balance.Tests.TestSupport;

/// <summary>An error factory as a constructed client (no configuration path) builds it: 5 s per attempt, 30 s in all.</summary>
internal static class ErrorFactories
{
    public static ToApisErrorFactory For(string baseAddress) =>
        new(new SecretScrubber(TestServer.ApiKey), new Uri(baseAddress), ClientIdentity.Constructed, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30));
}
