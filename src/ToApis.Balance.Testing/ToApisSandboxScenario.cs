using System.Diagnostics.CodeAnalysis;
using ToApis.Balance.Testing.Internal;

namespace ToApis.Balance.Testing;

/// <summary>
/// What a <see cref="ToApisSandbox"/> answers: a balance, a failure, or a behaviour over time. Each named scenario
/// has a stable kebab-case <see cref="Name"/> for configuration and command lines (<see cref="Parse"/>,
/// <see cref="ToApisSandboxOptions.Scenario"/>); <see cref="FromBalances"/> makes one of given balances.
/// </summary>
/// <remarks>
/// Unless a scenario says otherwise, both endpoints answer alike. The sandbox checks the key before any scenario:
/// a request without <see cref="ToApisSandbox.ApiKey"/> is refused as ToAPIs refuses it.
/// </remarks>
public sealed class ToApisSandboxScenario
{
    /// <summary><c>limited</c>, the default: the documented limited example (<see cref="ToApisSandboxBodies.Limited"/>), 100.0 left.</summary>
    public static readonly ToApisSandboxScenario Limited = new(
        "limited", "The documented limited example: 100.0 left, 25.5 used, 20000 credits left.", (_, _) => ScenarioAnswers.Limited);

    /// <summary><c>unlimited</c>: the documented unlimited example (<see cref="ToApisSandboxBodies.Unlimited"/>).</summary>
    public static readonly ToApisSandboxScenario Unlimited = new(
        "unlimited", "The documented unlimited example: remain_balance -1, unlimited_quota true.", (_, _) => ScenarioAnswers.Unlimited);

    /// <summary><c>low</c>: nearly spent, 2.5 left (500 credits) and 97.5 used.</summary>
    public static readonly ToApisSandboxScenario Low = new(
        "low", "Nearly spent: 2.5 left (500 credits), 97.5 used.", (_, _) => ScenarioAnswers.Low);

    /// <summary><c>overdrawn</c>: -2.5 left (-500 credits) with <c>unlimited_quota: false</c>.</summary>
    public static readonly ToApisSandboxScenario Overdrawn = new(
        "overdrawn", "Overdrawn: -2.5 left (-500 credits), unlimited_quota false.", (_, _) => ScenarioAnswers.Overdrawn);

    /// <summary><c>no-credits</c>: the documented body of older deployments (<see cref="ToApisSandboxBodies.NoCredits"/>), without credit fields.</summary>
    public static readonly ToApisSandboxScenario NoCredits = new(
        "no-credits", "The documented older body without credit fields: 10.5 left, 2.3 used.", (_, _) => ScenarioAnswers.NoCredits);

    /// <summary><c>key-not-found</c>: both endpoints answer HTTP 200 with <see cref="ToApisSandboxBodies.KeyNotFound"/>.</summary>
    public static readonly ToApisSandboxScenario KeyNotFound = new(
        "key-not-found", "The key does not exist: HTTP 200, \"Failed to get token info: record not found\".", (_, _) => ScenarioAnswers.KeyNotFound);

    /// <summary>
    /// <c>user-not-found</c>: the user endpoint answers HTTP 200 with <see cref="ToApisSandboxBodies.UserNotFound"/>; the
    /// key's own balance is the limited example.
    /// </summary>
    public static readonly ToApisSandboxScenario UserNotFound = new(
        "user-not-found",
        "The key's user does not exist: the user endpoint answers HTTP 200, \"Failed to get user quota\"; the key's balance is the limited example.",
        (endpoint, _) => endpoint == SandboxEndpoint.User ? ScenarioAnswers.UserNotFound : ScenarioAnswers.Limited);

    /// <summary><c>unauthorized</c>: HTTP 401 with ToAPIs' <c>authentication_error</c> body (<see cref="ToApisSandboxBodies.InvalidKey"/>), whatever the key.</summary>
    public static readonly ToApisSandboxScenario Unauthorized = new(
        "unauthorized", "HTTP 401 with an authentication_error body, whatever the key.", (_, _) => ScenarioAnswers.InvalidKey);

    /// <summary>
    /// <c>rate-limited</c>: HTTP 429 with a <c>rate_limit_error</c> body and <c>Retry-After</c>
    /// (<see cref="ToApisSandboxOptions.RetryAfter"/>, 30 seconds by default: longer than a client waits by default, so it reports the wait).
    /// </summary>
    public static readonly ToApisSandboxScenario RateLimited = new(
        "rate-limited", "HTTP 429 (rate_limit_error) with Retry-After (30 s by default).", (_, run) => ScenarioAnswers.RateLimited(run));

    /// <summary>
    /// <c>flaky</c>: each endpoint answers HTTP 503 to its first request, the limited example to the next, and so on,
    /// counted from the moment the scenario was selected: a client that retries gets through, one that does not fails.
    /// </summary>
    public static readonly ToApisSandboxScenario Flaky = new(
        "flaky", "HTTP 503 to every other request of each endpoint, starting with the first; the retry gets the limited example.", ScenarioAnswers.Flaky);

    /// <summary><c>html-502</c>: HTTP 502 with an HTML page, as a proxy in front of the gateway sends it.</summary>
    public static readonly ToApisSandboxScenario Html502 = new(
        "html-502", "HTTP 502 with an HTML page, as a proxy sends it.", (_, _) => ScenarioAnswers.BadGatewayPage);

    /// <summary>
    /// <c>slow</c>: the limited example after <see cref="ToApisSandboxOptions.SlowDelay"/> (3 seconds by default), timed
    /// by the sandbox's <see cref="TimeProvider"/>, so a test can drive it with a fake clock.
    /// </summary>
    public static readonly ToApisSandboxScenario Slow = new(
        "slow", "The limited example after a delay (3 s by default).", (_, run) => ScenarioAnswers.Slow(run));

    /// <summary>
    /// <c>falling</c>: a balance that falls at a steady rate from the moment the scenario was selected, by the
    /// sandbox's <see cref="TimeProvider"/>: it starts at <see cref="ToApisSandboxOptions.FallingStartBalance"/>
    /// (10.00) left and 90.00 used, spends <see cref="ToApisSandboxOptions.FallingSpendPerMinute"/> (2.00) a minute,
    /// to the cent, and stays at zero once spent. Credits follow at 200 per unit, so the balance reads as US dollars.
    /// </summary>
    public static readonly ToApisSandboxScenario Falling = new(
        "falling", "A balance falling at a steady rate: 10.00 left, 2.00 spent a minute by default, down to zero.", (_, run) => ScenarioAnswers.Falling(run));

    private static readonly ToApisSandboxScenario[] Named =
        [Limited, Unlimited, Low, Overdrawn, NoCredits, KeyNotFound, UserNotFound, Unauthorized, RateLimited, Flaky, Html502, Slow, Falling];

    private ToApisSandboxScenario(string name, string description, Func<SandboxEndpoint, ScenarioRun, SandboxAnswer> answer)
    {
        Name = name;
        Description = description;
        Answer = answer;
    }

    /// <summary>Gets every named scenario, <see cref="Limited"/> first.</summary>
    public static IReadOnlyList<ToApisSandboxScenario> All { get; } = Array.AsReadOnly(Named);

    /// <summary>Gets the names of every named scenario, in the order of <see cref="All"/>: <c>limited</c>, <c>unlimited</c>, ….</summary>
    public static IReadOnlyList<string> Names { get; } = Array.AsReadOnly(Array.ConvertAll(Named, scenario => scenario.Name));

    /// <summary>Gets the stable name of the scenario, such as <c>rate-limited</c>; <c>custom</c> for one of <see cref="FromBalances"/>.</summary>
    public string Name { get; }

    /// <summary>Gets one line that says what the scenario answers, for help texts.</summary>
    public string Description { get; }

    internal Func<SandboxEndpoint, ScenarioRun, SandboxAnswer> Answer { get; }

    /// <summary>Gets the named scenario of a name, ignoring case.</summary>
    /// <param name="name">A name of <see cref="Names"/>, such as <c>low</c>.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not the name of a scenario; the message lists the valid names.</exception>
    public static ToApisSandboxScenario Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryParse(name, out var scenario) ? scenario : throw new ArgumentException(Unknown(name), nameof(name));
    }

    /// <summary>Gets the named scenario of a name, ignoring case, when there is one.</summary>
    /// <param name="name">A name of <see cref="Names"/>, such as <c>low</c>.</param>
    /// <param name="scenario">The scenario, or <see langword="null"/> when the method returns <see langword="false"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="name"/> names a scenario.</returns>
    public static bool TryParse([NotNullWhen(true)] string? name, [NotNullWhen(true)] out ToApisSandboxScenario? scenario)
    {
        scenario = Array.Find(Named, candidate => string.Equals(candidate.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
        return scenario is not null;
    }

    /// <summary>
    /// Creates a scenario that answers the given balances: the token endpoint <paramref name="token"/>, the user
    /// endpoint <paramref name="user"/>. The sandbox sends what a server would send for them (the figures they
    /// report, <c>-1</c> and <c>unlimited_quota</c> for Unlimited); the client derives the rest, so a balance built
    /// by <see cref="ToApisModelFactory"/> comes back equal, but for <see cref="BalanceSnapshot.Unit"/> (the client's
    /// setting) and <see cref="BalanceSnapshot.FetchedAt"/> (its clock).
    /// </summary>
    /// <param name="token">The key's balance.</param>
    /// <param name="user">The account's balance.</param>
    /// <returns>A scenario named <c>custom</c>, not one of <see cref="All"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="token"/> or <paramref name="user"/> is null.</exception>
    public static ToApisSandboxScenario FromBalances(TokenBalance token, UserBalance user)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(user);
        var tokenAnswer = SandboxAnswer.Json(BalanceJson.From(token));
        var userAnswer = SandboxAnswer.Json(BalanceJson.From(user));
        return new("custom", "The given balances.", (endpoint, _) => endpoint == SandboxEndpoint.User ? userAnswer : tokenAnswer);
    }

    /// <summary>Returns <see cref="Name"/>.</summary>
    /// <returns>The name of the scenario.</returns>
    public override string ToString() => Name;

    private static string Unknown(string name) =>
        $"'{name}' is not a sandbox scenario. Valid scenarios: {string.Join(", ", Names)}.";
}
