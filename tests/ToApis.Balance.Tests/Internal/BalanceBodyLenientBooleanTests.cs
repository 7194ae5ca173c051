using System.Text;
using System.Text.Json;
using ToApis.Balance.Internal;

namespace ToApis.Balance.Tests.Internal;

public sealed class BalanceBodyLenientBooleanTests
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
    public void TryRead_BooleanSpelling_ReadsIt(string json, bool expected)
    {
        var body = Read($$"""{"unlimited_quota": {{json}}}""");

        Assert.Equal(expected, body!.Value.Figures.UnlimitedQuota);
    }

    [Fact]
    public void TryRead_Null_IsNotReported()
    {
        var body = Read("""{"success": true, "unlimited_quota": null}""");

        Assert.Null(body!.Value.Figures.UnlimitedQuota);
    }

    [Theory]
    [InlineData("\"yes\"")]
    [InlineData("\"\"")]
    [InlineData("2")]
    [InlineData("{}")]
    public void TryRead_NotABoolean_NotABalanceWithAJsonExceptionNamingTheField(string json)
    {
        var body = BalanceBody.TryRead(Encoding.UTF8.GetBytes($$"""{"unlimited_quota": {{json}}}"""), out var problem, out _);

        Assert.Null(body);
        Assert.Equal("$.unlimited_quota", Assert.IsType<JsonException>(problem).Path);
    }

    private static BalanceResponse? Read(string json)
    {
        var body = BalanceBody.TryRead(Encoding.UTF8.GetBytes(json), out var problem, out _);
        Assert.Null(problem);
        return body;
    }
}
