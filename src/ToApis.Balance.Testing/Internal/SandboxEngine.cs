namespace ToApis.Balance.Testing.Internal;

/// <summary>
/// What both modes answer with: the route, the key check of the real server, then the current scenario. Every
/// request is recorded, its key masked. Thread-safe: the scenario can change while requests are answered.
/// </summary>
internal sealed class SandboxEngine(SandboxSettings settings, ToApisSandboxScenario scenario, TimeProvider timeProvider)
{
    private const string BearerPrefix = "Bearer ";

    private volatile ScenarioRun run = new(scenario, settings, timeProvider);

    public SandboxSettings Settings { get; } = settings;

    public RequestLog Log { get; } = new();

    public ToApisSandboxScenario Scenario
    {
        get => run.Scenario;
        set => run = new ScenarioRun(value, Settings, timeProvider);
    }

    public async ValueTask<SandboxAnswer> RespondAsync(SandboxRequest request, CancellationToken cancellationToken)
    {
        var answer = Decide(request);
        if (answer.Delay <= TimeSpan.Zero)
        {
            Log.Add(request.ToRecord(timeProvider.GetUtcNow()));
            return answer;
        }

        // The timer starts before the request is recorded: a test that waits for the request and then advances a
        // fake clock always finds the timer there to fire.
        var wait = Task.Delay(answer.Delay, timeProvider, cancellationToken);
        Log.Add(request.ToRecord(timeProvider.GetUtcNow()));
        await wait.ConfigureAwait(false);
        return answer;
    }

    private static SandboxEndpoint? Route(string method, string path) =>
        !string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase) ? null : path switch
        {
            "/v1/balance" or "/balance" => SandboxEndpoint.Token,
            "/v1/user/balance" or "/user/balance" => SandboxEndpoint.User,
            _ => null,
        };

    /// <summary>As ToAPIs does: no bearer credential is a missing header; a credential other than the sandbox's key is a wrong key.</summary>
    private static SandboxAnswer? CheckKey(string? authorization)
    {
        var key = authorization is not null && authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? authorization.AsSpan(BearerPrefix.Length).Trim()
            : [];
        if (key.IsEmpty)
        {
            return ScenarioAnswers.NoAuthorizationHeader;
        }

        return key.SequenceEqual(ToApisSandbox.ApiKey) ? null : ScenarioAnswers.InvalidKey;
    }

    private SandboxAnswer Decide(SandboxRequest request)
    {
        if (Route(request.Method, request.Path) is not SandboxEndpoint endpoint)
        {
            return SandboxAnswer.NotFound;
        }

        if (CheckKey(request.Authorization) is { } refusal)
        {
            return refusal;
        }

        var current = run;
        return current.Scenario.Answer(endpoint, current);
    }
}
