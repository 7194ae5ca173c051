using ToApis.Balance.Internal;

namespace ToApis.Balance.Tests.Internal;

public sealed class SecretScrubberTests
{
    private const string Key = "sk-configured0123456789ABCDEF";

    [Fact]
    public void Scrub_ConfiguredKey_Masked()
    {
        var scrubber = new SecretScrubber(Key);

        Assert.Equal("Invalid token: ***", scrubber.Scrub("Invalid token: " + Key));
    }

    [Fact]
    public void Scrub_ConfiguredKeyRepeated_EveryOccurrenceMasked()
    {
        var scrubber = new SecretScrubber(Key);

        Assert.Equal("*** and *** again", scrubber.Scrub($"{Key} and {Key} again"));
    }

    [Fact]
    public void Scrub_ConfiguredKeyNotKeyShaped_Masked()
    {
        var scrubber = new SecretScrubber("reseller.token.42");

        Assert.Equal("token *** rejected", scrubber.Scrub("token reseller.token.42 rejected"));
    }

    [Fact]
    public void Scrub_ConfiguredKeyInsideJson_Masked()
    {
        var scrubber = new SecretScrubber(Key);

        Assert.Equal("""{"key":"***"}""", scrubber.Scrub($$"""{"key":"{{Key}}"}"""));
    }

    [Theory]
    [InlineData("Invalid token sk-otherKey987654321zyx", "Invalid token ***")]
    [InlineData("(sk-abcd)", "(***)")]
    [InlineData("key=SK-UPPER1234567", "key=***")]
    [InlineData("sk-with_under-score-99 is wrong", "*** is wrong")]
    public void Scrub_OtherKeyShapedText_Masked(string text, string expected)
    {
        var scrubber = new SecretScrubber(Key);

        Assert.Equal(expected, scrubber.Scrub(text));
    }

    [Theory]
    [InlineData("Authorization: Bearer xyz", "Authorization: Bearer ***")]
    [InlineData("bad header 'Bearer abc.def-ghi'", "bad header 'Bearer ***'")]
    [InlineData("bearer    token123, retry", "bearer    ***, retry")]
    public void Scrub_BearerCredential_Masked(string text, string expected)
    {
        var scrubber = new SecretScrubber(Key);

        Assert.Equal(expected, scrubber.Scrub(text));
    }

    [Theory]
    [InlineData("Failed to get token info: record not found")]
    [InlineData("获取用户额度失败")]
    [InlineData("task-force-1234 and risk-free-5678")]
    [InlineData("")]
    public void Scrub_TextWithoutSecret_Unchanged(string text)
    {
        var scrubber = new SecretScrubber(Key);

        Assert.Equal(text, scrubber.Scrub(text));
    }

    [Fact]
    public void Scrub_EmptyConfiguredKey_StillMasksKeyShapes()
    {
        var scrubber = new SecretScrubber(string.Empty);

        Assert.Equal("echo *** done", scrubber.Scrub("echo sk-abcdef123456 done"));
    }

    [Fact]
    public void Scrub_KeyBodyOfTheMinimumLengthWithoutItsPrefix_Masked()
    {
        var scrubber = new SecretScrubber("sk-Abcd1234");

        Assert.Equal("user *** not found", scrubber.Scrub("user abcd1234 not found"));
    }

    [Fact]
    public void Scrub_KeyBodyShorterThanTheMinimumWithoutItsPrefix_Unchanged()
    {
        // Seven characters: masked on its own, it would mask ordinary words.
        var scrubber = new SecretScrubber("sk-welcome");

        Assert.Equal("welcome back", scrubber.Scrub("welcome back"));
    }

    [Fact]
    public void Scrub_ConfiguredKeyWithAChannelSuffix_KeyMaskedChannelKept()
    {
        var scrubber = new SecretScrubber("sk-Abcd1234");

        Assert.Equal("token ***-7 rejected", scrubber.Scrub("token sk-Abcd1234-7 rejected"));
    }

    [Fact]
    public void Scrub_Null_ThrowsArgumentNull()
    {
        var scrubber = new SecretScrubber(Key);

        Assert.Throws<ArgumentNullException>(() => scrubber.Scrub(null!));
    }
}
