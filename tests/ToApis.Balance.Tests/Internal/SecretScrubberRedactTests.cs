using System.Text.Json;
using ToApis.Balance.Internal;

namespace ToApis.Balance.Tests.Internal;

/// <summary>The inner exception kept on an SDK exception: itself when clean, else a copy whose every printed text is scrubbed.</summary>
public sealed class SecretScrubberRedactTests
{
    private const string Key = "sk-configured0123456789ABCDEF";

    private readonly SecretScrubber scrubber = new(Key);

    [Fact]
    public void Redact_Null_Null()
    {
        Assert.Null(scrubber.Redact(null));
    }

    [Fact]
    public void Redact_NoSecretAnywhere_TheSameInstance()
    {
        var clean = new InvalidOperationException("no key here", new IOException("nor here"));

        Assert.Same(clean, scrubber.Redact(clean));
    }

    [Fact]
    public void Redact_JsonExceptionWithTheKey_JsonExceptionWithItsPositionAndTheKeyMasked()
    {
        var original = new JsonException($"bad value {Key}", $"$.{Key}", 3, 14);

        var redacted = Assert.IsType<JsonException>(scrubber.Redact(original));

        Assert.NotSame(original, redacted);
        Assert.Equal("bad value ***", redacted.Message);
        Assert.Equal("$.***", redacted.Path);
        Assert.Equal(3, redacted.LineNumber);
        Assert.Equal(14, redacted.BytePositionInLine);
    }

    [Fact]
    public void Redact_JsonExceptionWithoutAPathAndTheKeyInItsMessage_PathStaysNull()
    {
        var redacted = Assert.IsType<JsonException>(scrubber.Redact(new JsonException($"bad value {Key}")));

        Assert.Null(redacted.Path);
        Assert.Equal("bad value ***", redacted.Message);
    }

    [Fact]
    public void Redact_OtherExceptionWithTheKey_RedactedCopyNamingTheOriginalType()
    {
        var redacted = scrubber.Redact(new HttpRequestException($"refused for {Key}"));

        Assert.IsType<RedactedException>(redacted);
        Assert.Equal("System.Net.Http.HttpRequestException: refused for ***", redacted!.Message);
    }

    [Fact]
    public void Redact_KeyOnlyInAnInnerException_InnerExceptionRedactedToo()
    {
        var redacted = scrubber.Redact(new InvalidOperationException("outer", new IOException($"inner {Key}")));

        Assert.DoesNotContain(Key, redacted!.ToString(), StringComparison.Ordinal);
        Assert.Equal("System.IO.IOException: inner ***", redacted.InnerException!.Message);
    }

    [Fact]
    public void Redact_JsonExceptionWithTheKeyInAnInnerException_InnerExceptionRedactedToo()
    {
        var redacted = scrubber.Redact(new JsonException("outer", new IOException($"inner {Key}")));

        Assert.IsType<JsonException>(redacted);
        Assert.Equal("System.IO.IOException: inner ***", redacted!.InnerException!.Message);
    }
}
