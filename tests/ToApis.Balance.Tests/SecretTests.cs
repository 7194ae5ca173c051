using ToApis.Balance.Tests.TestSupport;

namespace ToApis.Balance.Tests;

/// <summary>The API key never reaches an exception, even when the server echoes it back.</summary>
public abstract class SecretTests(ConstructionPath construction)
{
    private const string Token = TestServer.TokenPath;
    private const string Key = TestServer.ApiKey;
    private const string KeyBody = "test0123456789abcdefABCDEF";
    private const string OtherKey = "sk-someoneElse9876543210zyxw";
    private const string ResellerKey = "reseller.secret.0123456789";

    [Fact]
    public async Task GetTokenBalanceAsync_Json401EchoingKey_KeyNowhereInException()
    {
        var ex = await FailAsync<ToApisAuthenticationException>(401, $$$"""{"error": {"code": 401, "message": "Invalid token {{{Key}}}", "type": "authentication_error"}}""");

        AssertNoKey(ex);
        Assert.Equal("Invalid token ***", ex.ServerMessage);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_BusinessFailureEchoingKey_KeyNowhereInException()
    {
        var ex = await FailAsync<ToApisAuthenticationException>(200, $$"""{"success": false, "message": "Failed to get token info: record not found ({{Key}})"}""");

        AssertNoKey(ex);
        Assert.Equal("Failed to get token info: record not found (***)", ex.ServerMessage);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_KeyEchoedWithoutItsPrefix_KeyNowhereInException()
    {
        var ex = await FailAsync<ToApisAuthenticationException>(401, $$$"""{"error": {"message": "Invalid token {{{KeyBody}}}", "type": "authentication_error"}}""");

        AssertNoKey(ex);
        Assert.Equal("Invalid token ***", ex.ServerMessage);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_KeyEchoedWithAChannelSuffix_KeyNowhereInException()
    {
        var ex = await FailAsync<ToApisAuthenticationException>(401, $$$"""{"error": {"message": "Invalid token {{{Key}}}-12", "type": "authentication_error"}}""");

        AssertNoKey(ex);
        Assert.Equal("Invalid token ***-12", ex.ServerMessage);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_KeyEchoedInAnotherCase_KeyNowhereInException()
    {
        var ex = await FailAsync<ToApisAuthenticationException>(401, $$$"""{"error": {"message": "Invalid token {{{KeyBody.ToUpperInvariant()}}}", "type": "authentication_error"}}""");

        Assert.Equal("Invalid token ***", ex.ServerMessage);
    }

    [Theory]
    [InlineData(Key)]
    [InlineData(KeyBody)]
    public async Task GetTokenBalanceAsync_KeyAsAPropertyNameOfInvalidJson_KeyNowhereInExceptionNorItsInner(string echoed)
    {
        var ex = await FailAsync<ToApisInvalidResponseException>(200, $$"""{"success": true, "{{echoed}}": [1,,2]}""");

        AssertNoKey(ex);
        Assert.NotNull(ex.InnerException);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_TransientFailureEchoingKey_KeyNowhereInException()
    {
        var ex = await FailAsync<ToApisServerException>(200, $$"""{"success": false, "message": "Failed to get used quota for {{Key}}"}""");

        AssertNoKey(ex);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_RateLimitEchoingKey_KeyNowhereInException()
    {
        var ex = await FailAsync<ToApisRateLimitException>(429, $$$"""{"error": {"code": 429, "message": "Too many requests for key {{{Key}}}", "type": "rate_limit_error"}}""");

        AssertNoKey(ex);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_ErrorTypeAndRequestIdEchoingKey_KeyNowhereInException()
    {
        var ex = await FailAsync<ToApisAuthenticationException>(401, $$$"""{"error": {"message": "Invalid token (request id: {{{Key}}})", "type": "{{{Key}}}", "code": ""}}""");

        AssertNoKey(ex);
        Assert.DoesNotContain(Key, ex.ErrorType, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, ex.RequestId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_Html502EchoingKey_KeyNowhereInException()
    {
        var ex = await FailAsync<ToApisServerException>(502, $"<html><body><h1>502 Bad Gateway</h1><p>Authorization: Bearer {Key}</p></body></html>", "text/html");

        AssertNoKey(ex);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_Html200EchoingKey_KeyNowhereInExcerpt()
    {
        var ex = await FailAsync<ToApisInvalidResponseException>(200, $"<html><body>Your key {Key} is not allowed here</body></html>", "text/html");

        AssertNoKey(ex);
        Assert.Equal("<html><body>Your key *** is not allowed here</body></html>", ex.BodyExcerpt);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_KeyAcrossExcerptCut_NoPartOfKeyInExcerpt()
    {
        // The key starts 10 characters before the 200-character cut: scrubbing must happen before cutting.
        var ex = await FailAsync<ToApisInvalidResponseException>(200, "<p>" + new string('x', 187) + Key + "</p>", "text/html");

        Assert.DoesNotContain(Key[..6], ex.BodyExcerpt, StringComparison.Ordinal);
        Assert.DoesNotContain(Key[..6], ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_NonKeyShapedKeyAfterWhiteSpace_NoPartOfKeyInExcerpt()
    {
        // White space collapses, so a key far into the body still lands in the 200-character excerpt; the
        // bytes decoded for it must not end inside the key, or a prefix no scrubber recognises would show.
        var body = "<html>" + new string(' ', 784) + ResellerKey + "</html>";

        var ex = await FailAsync<ToApisInvalidResponseException>(200, body, "text/html", ResellerKey);

        Assert.DoesNotContain(ResellerKey[..8], ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(ResellerKey[..8], ex.BodyExcerpt ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_NonKeyShapedKeyEchoed_KeyNowhereInException()
    {
        var ex = await FailAsync<ToApisAuthenticationException>(401, $$$"""{"error": {"message": "Invalid token {{{ResellerKey}}}", "type": "authentication_error"}}""", apiKey: ResellerKey);

        Assert.DoesNotContain(ResellerKey, ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(ResellerKey, ex.ServerMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_OtherSkKeyEchoed_Masked()
    {
        var ex = await FailAsync<ToApisAuthenticationException>(401, $$$"""{"error": {"message": "Key {{{OtherKey}}} is disabled", "type": "authentication_error"}}""");

        Assert.DoesNotContain(OtherKey, ex.ToString(), StringComparison.Ordinal);
        Assert.Equal("Key *** is disabled", ex.ServerMessage);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_OtherSkKeyInHtml502_Masked()
    {
        var ex = await FailAsync<ToApisServerException>(502, $"<html><body>upstream refused {OtherKey}</body></html>", "text/html");

        Assert.DoesNotContain(OtherKey, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_BearerCredentialEchoed_Masked()
    {
        var ex = await FailAsync<ToApisAuthenticationException>(401, """{"error": {"message": "Bad header: Bearer xyz", "type": "authentication_error"}}""");

        Assert.Equal("Bad header: Bearer ***", ex.ServerMessage);
        Assert.DoesNotContain("Bearer xyz", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_BearerCredentialInHtml200_Masked()
    {
        var ex = await FailAsync<ToApisInvalidResponseException>(200, "<html>Authorization: Bearer xyz-secret-token</html>", "text/html");

        Assert.DoesNotContain("xyz-secret-token", ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("xyz-secret-token", ex.BodyExcerpt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenBalanceAsync_RedirectToKeyInUserInfo_KeyNowhereInException()
    {
        using var server = new TestServer(construction);
        server.RespondInSequence(Token, r => r.WithStatusCode(302).WithHeader("Location", $"http://{ResellerKey}@other.invalid:8080/v1/balance"));
        using var client = server.CreateClient(options =>
        {
            options.MaxRetryAttempts = 0;
            options.ApiKey = ResellerKey;
        });

        var ex = await Assert.ThrowsAnyAsync<ToApisException>(() => client.GetTokenBalanceAsync());

        Assert.DoesNotContain(ResellerKey, ex.ToString(), StringComparison.Ordinal);
    }

    private async Task<T> FailAsync<T>(int status, string body, string contentType = "application/json", string apiKey = Key)
        where T : ToApisException
    {
        using var server = new TestServer(construction);
        server.Respond(Token, status, body, contentType);
        using var client = server.CreateClient(options =>
        {
            options.MaxRetryAttempts = 0;
            options.ApiKey = apiKey;
        });

        return await Assert.ThrowsAsync<T>(() => client.GetTokenBalanceAsync());
    }

    /// <summary>No text reachable from the exception holds the key or its body (the key without <c>sk-</c>).</summary>
    private static void AssertNoKey(ToApisException ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            Assert.DoesNotContain(KeyBody, e.ToString(), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(KeyBody, e.Message, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain(KeyBody, ex.ServerMessage ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(KeyBody, ex.ErrorType ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(KeyBody, ex.RequestId ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        if (ex is ToApisInvalidResponseException invalid)
        {
            Assert.DoesNotContain(KeyBody, invalid.BodyExcerpt ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        }
    }
}

/// <summary>The tests above, on a client made with its constructor.</summary>
public sealed class SecretTestsWithConstructor() : SecretTests(ConstructionPath.Constructor);

/// <summary>The tests above, on a client resolved from dependency injection.</summary>
public sealed class SecretTestsWithDependencyInjection() : SecretTests(ConstructionPath.DependencyInjection);
