using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ToApis.Balance.Testing.Internal;

/// <summary>The server mode: Kestrel on a loopback port, answering from the engine.</summary>
internal sealed class SandboxServer : ILoopbackServer
{
    private readonly WebApplication app;

    private SandboxServer(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Starts Kestrel on 127.0.0.1, on <paramref name="port"/> or, when it is 0, a free port.</summary>
    /// <exception cref="IOException">The port is in use.</exception>
    public static async Task<ILoopbackServer> StartAsync(SandboxEngine engine, int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));

        // Not the host's console lifetime: it would take Ctrl+C and SIGTERM from the app that embeds the sandbox, stop
        // only the sandbox's server and keep that app running. The sandbox stops when it is disposed.
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        var app = builder.Build();
        app.Run(context => RespondAsync(engine, context));
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new SandboxServer(app, new Uri(address.EndsWith('/') ? address : address + "/"));
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task RespondAsync(SandboxEngine engine, HttpContext context)
    {
        var headers = SandboxRequest.NewHeaders();
        foreach (var header in context.Request.Headers)
        {
            headers[header.Key] = string.Join(", ", header.Value.ToArray());
        }

        var path = (context.Request.PathBase + context.Request.Path).Value ?? "/";
        var answer = await engine.RespondAsync(new SandboxRequest(context.Request.Method, path, headers), context.RequestAborted).ConfigureAwait(false);

        var response = context.Response;
        response.StatusCode = answer.StatusCode;
        if (answer.ContentType is not null)
        {
            response.ContentType = answer.ContentType;
        }

        if (answer.RetryAfter is TimeSpan retryAfter)
        {
            response.Headers.RetryAfter = SandboxHandler.RetryAfterSeconds(retryAfter).TotalSeconds.ToString(CultureInfo.InvariantCulture);
        }

        response.ContentLength = answer.Body.Length;
        await response.Body.WriteAsync(answer.Body, context.RequestAborted).ConfigureAwait(false);
    }
}
