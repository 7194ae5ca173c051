using System.Text;
using ToApis.Balance.Internal;
using ToApis.Balance.Tests.TestSupport;

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
        Assert.Equal("$.unlimited_quota", BodyReading.RefusedAt($$"""{"unlimited_quota": {{json}}}"""));
    }

    private static BalanceResponse? Read(string json)
    {
        var body = BalanceBody.TryRead(Encoding.UTF8.GetBytes(json), out var problem, out _);
        Assert.Null(problem);
        return body;
    }
}
