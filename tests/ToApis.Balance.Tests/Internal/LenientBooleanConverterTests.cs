using System.Text.Json;
using ToApis.Balance.Internal;

namespace ToApis.Balance.Tests.Internal;

public sealed class LenientBooleanConverterTests
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("\"true\"", true)]
    [InlineData("\"True\"", true)]
    [InlineData("\"FALSE\"", false)]
    [InlineData("\" true \"", true)]
    [InlineData("\"1\"", true)]
    [InlineData("\"0\"", false)]
    public void Deserialize_BooleanSpelling_ReadsIt(string json, bool expected)
    {
        var body = JsonSerializer.Deserialize($$"""{"unlimited_quota": {{json}}}""", ToApisJsonContext.Default.BalanceResponse);

        Assert.Equal(expected, body!.UnlimitedQuota);
    }

    [Fact]
    public void Deserialize_Null_IsNotReported()
    {
        var body = JsonSerializer.Deserialize("""{"success": true, "unlimited_quota": null}""", ToApisJsonContext.Default.BalanceResponse);

        Assert.Null(body!.UnlimitedQuota);
    }

    [Theory]
    [InlineData("\"yes\"")]
    [InlineData("\"\"")]
    [InlineData("2")]
    [InlineData("{}")]
    public void Deserialize_NotABoolean_ThrowsJsonException(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize($$"""{"unlimited_quota": {{json}}}""", ToApisJsonContext.Default.BalanceResponse));
    }
}
