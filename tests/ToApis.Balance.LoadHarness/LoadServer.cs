using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ToApis.Balance.Testing;

namespace ToApis.Balance.LoadHarness;

/// <summary>
/// A Kestrel server on a free loopback port (started as the sandbox starts its own) that answers both balance
/// endpoints with the documented bodies, spoils a seeded fraction of the answers, and counts every request.
/// </summary>
internal sealed class LoadServer : IAsyncDisposable
{
    public const string TokenPath = "/v1/balance";
    public const string UserPath = "/v1/user/balance";

    private static readonly byte[] TokenBody = Encoding.UTF8.GetBytes(ToApisSandboxBodies.Unlimited);
    private static readonly byte[] UserBody = Encoding.UTF8.GetBytes(ToApisSandboxBodies.Limited);
    private static readonly byte[] BusyBody = """{"error":{"code":503,"message":"busy","type":"server_error"}}"""u8.ToArray();

    private readonly WebApplication app;
    private readonly FaultInjector faults;
    private volatile CallRequestCounts? calls;

    private LoadServer(WebApplication app, FaultInjector faults)
    {
        this.app = app;
        this.faults = faults;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public int Port => BaseAddress.Port;

    public RequestCounters Requests { get; } = new();

    public static async Task<LoadServer> StartAsync(double faultRate, int seed, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new LoadServer(app, new FaultInjector(faultRate, seed));
        app.Run(server.RespondAsync);
        try
        {
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            server.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
            return server;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Counts the requests of each call from now on against <paramref name="counts"/> (null: stop).</summary>
    public void TrackCalls(CallRequestCounts? counts) => calls = counts;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task RespondAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        var isToken = path == TokenPath;
        if (!(isToken || path == UserPath) || !HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Requests.RecordRequest(isToken);
        calls?.Record(context.Request.Headers.TraceParent.ToString());

        var fault = faults.Next();
        Requests.RecordFault(fault);
        if (fault == Fault.ConnectionReset)
        {
            context.Abort();
            return;
        }

        var body = fault == Fault.ServiceUnavailable ? BusyBody : isToken ? TokenBody : UserBody;
        context.Response.StatusCode = fault == Fault.ServiceUnavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }
}
