using ToApis.Balance.Testing.Internal;

namespace ToApis.Balance.Testing;

/// <summary>
/// A ToAPIs server for tests, samples and demos, with no API key and no network: it answers <c>GET /v1/balance</c>
/// and <c>GET /v1/user/balance</c> (and their aliases without <c>/v1</c>) as the current <see cref="Scenario"/>
/// says, checks the bearer key as ToAPIs does, and records every request with the key masked.
/// </summary>
/// <remarks>
/// <para>
/// Two modes over the same scenarios and the same record: in-process, through the handler of
/// <see cref="CreateHandler"/> (no socket, no port), for a sandbox made with a constructor; and a real HTTP server
/// on loopback as well, for one started with <see cref="StartAsync"/>.
/// </para>
/// <para>Thread-safe: the scenario can be switched while requests are being answered.</para>
/// </remarks>
/// <example>
/// <code>
/// await using var sandbox = new ToApisSandbox(new ToApisSandboxOptions { Scenario = "low" });
/// using var client = new ToApisBalanceClient(
///     new ToApisBalanceClientOptions { ApiKey = ToApisSandbox.ApiKey },
///     sandbox.CreateHandler());
/// var balance = await client.GetUserBalanceAsync();   // 2.5 left
/// </code>
/// </example>
public sealed class ToApisSandbox : IAsyncDisposable
{
    /// <summary>The key the sandbox accepts; any other gets ToAPIs' answer to a wrong key (HTTP 401). It is public: not a secret.</summary>
    public static readonly string ApiKey = "sk-sandbox";

    private static readonly Uri InProcessAddress = new(SandboxDefaults.InProcessBaseAddress);

    private readonly SandboxEngine engine;
    private ILoopbackServer? server;
    private int disposed;

    /// <summary>Initializes a new instance of the <see cref="ToApisSandbox"/> class, in-process, with the default options (the <c>limited</c> scenario).</summary>
    public ToApisSandbox()
        : this(new ToApisSandboxOptions())
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ToApisSandbox"/> class, in-process, on the system clock.</summary>
    /// <param name="options">The options; they are copied, so later changes to them have no effect.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are not valid, such as an unknown scenario; the message says what to set.</exception>
    public ToApisSandbox(ToApisSandboxOptions options)
        : this(options, TimeProvider.System)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ToApisSandbox"/> class, in-process, on a given clock.</summary>
    /// <param name="options">The options; they are copied, so later changes to them have no effect.</param>
    /// <param name="timeProvider">The clock of the <c>slow</c> and <c>falling</c> scenarios and of <see cref="ToApisSandboxRequest.ReceivedAt"/>, such as a <c>FakeTimeProvider</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="timeProvider"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are not valid, such as an unknown scenario; the message says what to set.</exception>
    public ToApisSandbox(ToApisSandboxOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var scenario = SandboxOptionsValidator.Validate(options);
        engine = new SandboxEngine(SandboxSettings.From(options), scenario, timeProvider);
    }

    /// <summary>
    /// Gets the address to give a client: the server's, such as <c>http://127.0.0.1:41234/</c>, for a sandbox made by
    /// <see cref="StartAsync"/>; else <c>https://sandbox.toapis.invalid/</c>, a name that never resolves, so that a
    /// client without the sandbox's handler fails at once rather than reaching a real server.
    /// </summary>
    public Uri BaseAddress => server?.BaseAddress ?? InProcessAddress;

    /// <summary>Gets or sets what the sandbox answers. Setting it takes effect with the next request and restarts the scenario's count and clock.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public ToApisSandboxScenario Scenario
    {
        get => engine.Scenario;
        set => engine.Scenario = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Gets the requests received so far, oldest first, in both modes, with the credentials masked (<c>Bearer ***</c>).</summary>
    public IReadOnlyList<ToApisSandboxRequest> Requests => engine.Log.Snapshot();

    /// <summary>
    /// Starts a sandbox and its server on loopback: on <see cref="ToApisSandboxOptions.Port"/>, or a free port when
    /// it is 0. The in-process handlers of <see cref="CreateHandler"/> answer too, from the same scenario and record.
    /// </summary>
    /// <param name="options">The options, copied (later changes to them have no effect); <see langword="null"/> for the defaults.</param>
    /// <param name="timeProvider">The clock of the <c>slow</c> and <c>falling</c> scenarios and of <see cref="ToApisSandboxRequest.ReceivedAt"/>; <see langword="null"/> for the system clock.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running sandbox; dispose it to stop the server.</returns>
    /// <exception cref="ArgumentException">The options are not valid, such as an unknown scenario; the message says what to set.</exception>
    /// <exception cref="IOException">The port is in use.</exception>
    public static async Task<ToApisSandbox> StartAsync(ToApisSandboxOptions? options = null, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        var sandbox = new ToApisSandbox(options ?? new ToApisSandboxOptions(), timeProvider ?? TimeProvider.System);
        sandbox.server = await SandboxServer.StartAsync(sandbox.engine, sandbox.engine.Settings.Port, cancellationToken).ConfigureAwait(false);
        return sandbox;
    }

    /// <summary>
    /// Creates a handler that answers in-process, for <c>new ToApisBalanceClient(options, handler)</c> or
    /// <c>ConfigurePrimaryHttpMessageHandler(sandbox.CreateHandler)</c>. Each call returns a new handler over this
    /// sandbox; it holds no resources.
    /// </summary>
    /// <returns>A terminal handler.</returns>
    public HttpMessageHandler CreateHandler() => new SandboxHandler(engine);

    /// <summary>
    /// Creates a client of this sandbox: <see cref="ApiKey"/> and <see cref="BaseAddress"/>, over loopback HTTP once
    /// the server is started, else in-process.
    /// </summary>
    /// <param name="configure">Changes the other options, such as <see cref="ToApisBalanceClientOptions.BalanceUnit"/> or the retries; <see langword="null"/> for the defaults.</param>
    /// <returns>A client; dispose it.</returns>
    /// <exception cref="ArgumentException">The options <paramref name="configure"/> set are not valid.</exception>
    public ToApisBalanceClient CreateClient(Action<ToApisBalanceClientOptions>? configure = null)
    {
        var options = new ToApisBalanceClientOptions { ApiKey = ApiKey, BaseAddress = BaseAddress };
        configure?.Invoke(options);
        return server is null ? new ToApisBalanceClient(options, CreateHandler()) : new ToApisBalanceClient(options);
    }

    /// <summary>Waits until the sandbox has received at least <paramref name="count"/> requests (since the last <see cref="ClearRequests"/>).</summary>
    /// <param name="count">How many requests to wait for.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The requests received by then, oldest first.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    /// <remarks>
    /// A <c>slow</c> answer's timer is running by the time its request is recorded, so a test can wait for the
    /// request and then advance a fake clock.
    /// </remarks>
    public Task<IReadOnlyList<ToApisSandboxRequest>> WaitForRequestsAsync(int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return engine.Log.WaitAsync(count, cancellationToken);
    }

    /// <summary>Forgets the requests received so far.</summary>
    public void ClearRequests() => engine.Log.Clear();

    /// <summary>Stops the server, when it was started. The in-process handlers keep answering.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (server is not null && Interlocked.Exchange(ref disposed, 1) == 0)
        {
            await server.DisposeAsync().ConfigureAwait(false);
        }
    }
}
