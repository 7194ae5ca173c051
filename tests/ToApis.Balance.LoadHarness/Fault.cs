namespace ToApis.Balance.LoadHarness;

/// <summary>What the load server does with one request instead of answering it.</summary>
internal enum Fault
{
    None = 0,

    /// <summary>HTTP 503 with an OpenAI-style error body.</summary>
    ServiceUnavailable,

    /// <summary>The connection is aborted before any response byte.</summary>
    ConnectionReset,
}
