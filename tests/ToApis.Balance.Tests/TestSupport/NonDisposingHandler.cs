namespace ToApis.Balance.Tests.TestSupport;

/// <summary>Hands a test's handler to IHttpClientFactory, which disposes what it builds, without letting it dispose the test's.</summary>
internal sealed class NonDisposingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override void Dispose(bool disposing)
    {
        // The test owns the inner handler.
    }
}
