namespace ToApis.Balance.Testing.Internal;

/// <summary>The two endpoints the sandbox answers.</summary>
internal enum SandboxEndpoint
{
    /// <summary><c>GET /v1/balance</c> (alias <c>/balance</c>): the key's balance.</summary>
    Token,

    /// <summary><c>GET /v1/user/balance</c> (alias <c>/user/balance</c>): the account's balance.</summary>
    User,
}
