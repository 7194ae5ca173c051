using System.Text;
using System.Text.Json;
using ToApis.Balance.Internal;
using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests.Internal;

/// <summary>What may surround and nest inside the body's one JSON value: white space after it, nothing else; nesting up to 64 levels.</summary>
public sealed class BalanceBodyEndOfValueTests
{
    [Theory]
    [InlineData("""{"success": true} x""")]
    [InlineData("""{"success": true}{"success": true}""")]
    [InlineData("""{"success": true} 1""")]
    [InlineData("null {}")]
    [InlineData("null null")]
    public void TryRead_ContentAfterTheValue_NotABalanceSayingSo(string json)
    {
        var body = BalanceBody.TryRead(Encoding.UTF8.GetBytes(json), out var problem, out _);

        Assert.Null(body);
        Assert.IsAssignableFrom<JsonException>(problem);
    }

    [Theory]
    [InlineData("{\"success\": true}  \r\n\t")]
    [InlineData("null \n")]
    public void TryRead_WhiteSpaceAfterTheValue_IsNoProblem(string json)
    {
        BalanceBody.TryRead(Encoding.UTF8.GetBytes(json), out var problem, out _);

        Assert.Null(problem);
    }

    [Fact]
    public void TryRead_JsonNull_NoBalanceAndNoProblem()
    {
        var body = BalanceBody.TryRead("null"u8, out var problem, out var invalidUtf8);

        Assert.Null(body);
        Assert.Null(problem);
        Assert.False(invalidUtf8);
    }

    [Theory]
    [InlineData("[]", "StartArray")]
    [InlineData("\"balance\"", "String")]
    [InlineData("12", "Number")]
    public void TryRead_RootThatIsNotAnObject_ProblemNamesWhatItIs(string json, string token)
    {
        BalanceBody.TryRead(Encoding.UTF8.GetBytes(json), out var problem, out _);

        var refused = Assert.IsType<JsonException>(problem);
        Assert.Equal($"The JSON is a {token}, not an object.", refused.Message);
        Assert.Equal("$", refused.Path);
    }

    [Fact]
    public void TryRead_UnknownValueNestedToTheDepthLimit_IsSkipped()
    {
        // The root object is level 1: 63 arrays inside it reach 64.
        var body = BalanceBody.TryRead(Encoding.UTF8.GetBytes(Nested(63)), out var problem, out _);

        Assert.Null(problem);
        Assert.True(body!.Value.Success);
    }

    [Fact]
    public void TryRead_UnknownValueNestedBeyondTheDepthLimit_NotABalance()
    {
        var body = BalanceBody.TryRead(Encoding.UTF8.GetBytes(Nested(64)), out var problem, out _);

        Assert.Null(body);
        Assert.IsAssignableFrom<JsonException>(problem);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"other": 1}""")]
    [InlineData("""{"success": null, "message": null, "error": null, "remain_balance": null}""")]
    public void TryRead_NoneOfTheKnownFields_ProblemSaysSo(string json)
    {
        var body = BalanceBody.TryRead(Encoding.UTF8.GetBytes(json), out var problem, out _);

        Assert.Null(body);
        Assert.Equal(BalanceResponse.NoBalanceFields, Assert.IsType<JsonException>(problem).Message);
    }

    [Theory]
    [InlineData("""{"success": "yes"}""", "$.success")]
    [InlineData("""{"message": 1}""", "$.message")]
    [InlineData("""{"message": "\ud800"}""", "$.message")]
    [InlineData("""{"error": "denied"}""", "$.error")]
    public void TryRead_BadValueOfAKnownField_ProblemNamesTheField(string json, string path)
    {
        Assert.Equal(path, BodyReading.RefusedAt(json));
    }

    [Fact]
    public void TryRead_BadMessageValue_ProblemSaysWhichValue()
    {
        BalanceBody.TryRead("""{"message": 1}"""u8, out var problem, out _);

        Assert.Equal("The JSON value of 'message' could not be read.", problem!.Message);
    }

    [Fact]
    public void TryRead_NotUtf8_NotABalanceWithoutAJsonProblem()
    {
        var body = BalanceBody.TryRead([(byte)'{', 0xFF, (byte)'}'], out var problem, out var invalidUtf8);

        Assert.Null(body);
        Assert.True(invalidUtf8);
        Assert.Null(problem);
    }

    private static string Nested(int arrays) =>
        "{\"success\": true, \"extra\": " + new string('[', arrays) + new string(']', arrays) + "}";
}
