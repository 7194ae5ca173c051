using System.Globalization;
using ToApis.Balance.Internal;

namespace ToApis.Balance;

/// <summary>
/// Settings of a <see cref="ToApisBalanceClient"/>. Bind it from configuration (section keys match the
/// property names) or set it in code.
/// </summary>
public sealed class ToApisBalanceClientOptions
{
    /// <summary>Gets or sets the API key (<c>sk-…</c>) sent as <c>Authorization: Bearer</c>.</summary>
    /// <value>
    /// The default value is <see langword="null"/>: the key is then read from the <c>TOAPIS_API_KEY</c>
    /// environment variable when the client is created, by the constructors and the unnamed dependency-injection
    /// client only; a keyed client needs a key of its own.
    /// </value>
    public string? ApiKey { get; set; }

    /// <summary>Gets or sets the address of the ToAPIs server.</summary>
    /// <value>
    /// The default value is <c>https://toapis.com</c>. A trailing <c>/</c> or <c>/v1</c> is accepted, so an
    /// OpenAI-style base address works unchanged. It must be absolute and use HTTPS unless it is a loopback address.
    /// </value>
    public Uri BaseAddress { get; set; } = new(ToApisDefaults.BaseAddress);

    /// <summary>Gets or sets the unit your server counts balances in; the server does not report it.</summary>
    /// <value>The default value is <see cref="BalanceUnit.Unspecified"/>.</value>
    public BalanceUnit BalanceUnit { get; set; }

    /// <summary>Gets or sets how many times a transient failure is retried after the first attempt. Zero turns retries off.</summary>
    /// <value>The default value is 3. The allowed range is 0 to 10.</value>
    public int MaxRetryAttempts { get; set; } = ToApisDefaults.MaxRetryAttempts;

    /// <summary>Gets or sets the base delay of the exponential backoff (with jitter) between retries.</summary>
    /// <value>The default value is 2 seconds.</value>
    public TimeSpan RetryBaseDelay { get; set; } = ToApisDefaults.RetryBaseDelay;

    /// <summary>
    /// Gets or sets the longest <c>Retry-After</c> the client waits before a retry. A server asking for a
    /// longer wait, or for one as long as <see cref="TotalTimeout"/>, gets no retry: the call fails with
    /// <see cref="ToApisException.RetryAfter"/> set.
    /// </summary>
    /// <value>The default value is 10 seconds.</value>
    public TimeSpan MaxRetryAfter { get; set; } = ToApisDefaults.MaxRetryAfter;

    /// <summary>Gets or sets the timeout of one attempt; an attempt that times out is retried.</summary>
    /// <value>The default value is 10 seconds. The allowed range is 10 milliseconds to 24 hours.</value>
    public TimeSpan AttemptTimeout { get; set; } = ToApisDefaults.AttemptTimeout;

    /// <summary>Gets or sets the timeout of a whole call, retries and backoff included.</summary>
    /// <value>The default value is 30 seconds. The allowed range is 10 milliseconds to 24 hours.</value>
    public TimeSpan TotalTimeout { get; set; } = ToApisDefaults.TotalTimeout;

    /// <summary>
    /// Gets or sets a value indicating whether concurrent calls of one endpoint share one upstream call: a thousand
    /// callers awaiting <see cref="IToApisBalanceClient.GetUserBalanceAsync"/> at once cost the server one request.
    /// Each caller's cancellation ends only its own wait. Failures are shared by the callers of that call, never kept.
    /// </summary>
    /// <value>The default value is <see langword="false"/>. A <see cref="MaxStaleness"/> above zero turns it on.</value>
    public bool ShareConcurrentCalls { get; set; }

    /// <summary>
    /// Gets or sets how old a balance may be and still be served without a request: within this window after a
    /// successful call, calls of the same endpoint get that result (its <see cref="BalanceSnapshot.FetchedAt"/>
    /// says when it was fetched). Failures are never kept. Zero turns the window off.
    /// </summary>
    /// <value>The default value is zero (off). The allowed range is 0 to 24 hours.</value>
    public TimeSpan MaxStaleness { get; set; }

    /// <summary>
    /// Checks the options as the <see cref="ToApisBalanceClient"/> constructors do, without creating a client: a tool
    /// can report a mistake in its settings once, before it builds a client for each key. Like the constructors, it
    /// reads a missing <see cref="ApiKey"/> from the <c>TOAPIS_API_KEY</c> environment variable.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The options are not valid. The message is the constructors' (every failure, each saying what to set), without
    /// a parameter name, and never quotes the key.
    /// </exception>
    public void Validate() => ToApisBalanceClientOptionsValidator.ThrowIfInvalid(this, ClientIdentity.Constructed, paramName: null);

    /// <summary>Describes the options without the API key, which is never shown.</summary>
    /// <returns>A text for logs and diagnostics.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"BaseAddress = {BaseAddressNormalizer.ForDisplay(BaseAddress)}, ApiKey = {(string.IsNullOrWhiteSpace(ApiKey) ? "(not set)" : "***")}, BalanceUnit = {BalanceUnit}, " +
        $"MaxRetryAttempts = {MaxRetryAttempts}, RetryBaseDelay = {RetryBaseDelay}, MaxRetryAfter = {MaxRetryAfter}, " +
        $"AttemptTimeout = {AttemptTimeout}, TotalTimeout = {TotalTimeout}, ShareConcurrentCalls = {ShareConcurrentCalls}, MaxStaleness = {MaxStaleness}");
}
