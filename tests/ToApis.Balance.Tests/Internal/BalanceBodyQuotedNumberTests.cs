using System.Text;
using ToApis.Balance.Internal;
using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.Internal;

/// <summary>Numbers sent as strings: the digits alone, escaped or not, short or longer than the reader's stack buffer.</summary>
public sealed class BalanceBodyQuotedNumberTests
{
    [Theory]
    [InlineData("\"12.5\"", 12.5)]
    [InlineData("\"\\u0031\\u0032.5\"", 12.5)]
    [InlineData("\"-\\u0033\"", -3)]
    public void TryRead_QuotedNumber_ReadsIt(string json, double expected)
    {
        var body = Read(json);

        Assert.Equal((decimal)expected, body.Figures.RemainCredits);
    }

    [Theory]
    [InlineData("\"12x\"")]
    [InlineData("\"12 \"")]
    [InlineData("\"\\u0031\\u0032x\"")]
    [InlineData("\"\\u0031\\u0032 \"")]
    [InlineData("\"\\u0078\"")]
    public void TryRead_QuotedNumberWithMoreAfterIt_ProblemNamesTheField(string json)
    {
        Assert.Equal("$.remain_credits", BodyReading.RefusedAt($$"""{"remain_credits": {{json}}}"""));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(2000)]
    public void TryRead_EscapedNumberLongerThanTheStackBuffer_ReadsIt(int zeros)
    {
        // "\u0031.000…": escaped, and longer than the 256 bytes unescaped on the stack.
        var body = Read("\"\\u0031." + new string('0', zeros) + "\"");

        Assert.Equal(1m, body.Figures.RemainCredits);
    }

    [Fact]
    public void TryRead_EscapedNumberLongerThanTheStackBufferWithMoreAfterIt_ProblemNamesTheField()
    {
        var json = "\"\\u0031." + new string('0', 300) + "x\"";

        Assert.Equal("$.remain_credits", BodyReading.RefusedAt($$"""{"remain_credits": {{json}}}"""));
    }

    private static BalanceResponse Read(string json)
    {
        var body = BalanceBody.TryRead(Encoding.UTF8.GetBytes($$"""{"remain_credits": {{json}}}"""), out var problem, out _);
        Assert.Null(problem);
        return body!.Value;
    }
}
