using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ToApis.Balance.Sandbox;

/// <summary>
/// A ToAPIs server in this process, on a free loopback port, that answers <c>GET /v1/balance</c> and
/// <c>GET /v1/user/balance</c> (and their aliases without <c>/v1</c>) with the documented example bodies.
/// It accepts any bearer key and answers a request without one as ToAPIs does. Nothing leaves the machine.
/// </summary>
/// <example>
/// <code>
/// await using var sandbox = await ToApisSandbox.StartAsync();
/// using var client = new ToApisBalanceClient(new ToApisBalanceClientOptions
/// {
///     ApiKey = ToApisSandbox.ApiKey,
///     BaseAddress = sandbox.BaseAddress,
/// });
/// </code>
/// </example>
public sealed class ToApisSandbox : IAsyncDisposable
{
    /// <summary>A key to use with the sandbox. Any non-empty bearer key is accepted.</summary>
    public const string ApiKey = "sk-sandbox";

    private readonly WebApplication app;

    private ToApisSandbox(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>Gets the address the sandbox listens on, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts a sandbox on a free loopback port.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running sandbox; dispose it to stop it.</returns>
    public static async Task<ToApisSandbox> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(RespondAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new ToApisSandbox(app, new Uri(address.EndsWith('/') ? address : address + "/"));
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops the server.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    private static Task RespondAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var body = path switch
        {
            "/v1/balance" or "/balance" => SandboxBodies.TokenBalance,
            "/v1/user/balance" or "/user/balance" => SandboxBodies.UserBalance,
            _ => null,
        };

        if (body is null || !HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        var authorization = context.Request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || authorization.Length <= "Bearer ".Length)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            body = SandboxBodies.NoAuthorizationHeader;
        }

        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body, context.RequestAborted);
    }
}
