namespace ToApis.Balance.Cli;

/// <summary>Builds each key's client from the run's settings: the address (option, environment or sandbox), the unit and the timeouts.</summary>
internal sealed class KeyClientFactory(CliSettings settings, CliEnvironment environment, SandboxConnection? sandbox)
{
    /// <summary>The variable that holds the server's address when <c>--base-url</c> is not given.</summary>
    internal const string BaseAddressVariable = "TOAPIS_BASE_URL";

    /// <summary>A key of the usual shape, used only to check the options every key shares; never sent.</summary>
    private const string StandInKey = "sk-0000000000000000000000000000000000000000";

    /// <summary>
    /// Checks the options every key shares (address, timeout) once, with a stand-in key: a mistake there is a usage
    /// error said once, not the same failure repeated for every key and every refresh.
    /// </summary>
    /// <exception cref="UsageException">The shared options are not valid, or <c>TOAPIS_BASE_URL</c> is not an address.</exception>
    public void CheckSharedOptions()
    {
        try
        {
            Options(StandInKey).Validate();
        }
        catch (ArgumentException e)
        {
            throw new UsageException(ToolWords.Of(e.Message, AddressOrigin));
        }
    }

    /// <summary>Gets where the server's address comes from, as the operator gave it, or the option that would set it.</summary>
    public string AddressOrigin => sandbox is not null ? "--sandbox"
        : settings.BaseAddress is null && environment.GetVariable(BaseAddressVariable) is { Length: > 0 } ? BaseAddressVariable
        : "--base-url";

    /// <summary>The client of one key, or (the shared options being checked) why that key cannot be sent.</summary>
    public KeyClient Create(string label, SourcedKey key)
    {
        var options = Options(key.Key);
        try
        {
            options.Validate();
        }
        catch (ArgumentException e)
        {
            // Only the key can be wrong here: characters a header cannot carry. The SDK's message never holds the key.
            return new KeyClient(label, key.Origin, null, null, new ReadFailure(ToolWords.KeyNotSendable(e.Message, label, key.Origin, AddressOrigin), e));
        }

        var attempts = new AttemptCounter(sandbox?.Handler ?? PrimaryHandler());
        return new KeyClient(label, key.Origin, new ToApisBalanceClient(options, attempts), attempts, null);
    }

    /// <summary>
    /// The network handler under a key's attempt counter, as the SDK builds its own: no automatic redirects (the SDK
    /// follows them itself, keeping the key on its host) and connections recycled for a long <c>--watch</c>.
    /// </summary>
    private static SocketsHttpHandler PrimaryHandler() => new()
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };

    private ToApisBalanceClientOptions Options(string key)
    {
        var options = new ToApisBalanceClientOptions
        {
            ApiKey = key,
            BalanceUnit = settings.Unit,
            TotalTimeout = settings.Timeout,
            AttemptTimeout = settings.Timeout < TimeSpan.FromSeconds(10) ? settings.Timeout : TimeSpan.FromSeconds(10),
        };
        if (sandbox is not null)
        {
            options.BaseAddress = sandbox.Options.BaseAddress;
        }
        else if ((settings.BaseAddress ?? BaseAddressFromEnvironment()) is { } address)
        {
            options.BaseAddress = address;
        }

        return options;
    }

    private Uri? BaseAddressFromEnvironment()
    {
        if (environment.GetVariable(BaseAddressVariable) is not { Length: > 0 } text)
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var address)
            ? address
            : throw new UsageException($"{BaseAddressVariable} is not an absolute address such as https://toapis.com.");
    }
}
