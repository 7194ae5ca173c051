using Microsoft.Extensions.Hosting;

namespace ToApis.Balance.Testing.Internal;

/// <summary>
/// The lifetime of a server embedded in someone else's app: it waits for nothing and listens to no signal, so Ctrl+C
/// and SIGTERM stay the app's, and the server stops when its owner disposes it.
/// </summary>
internal sealed class EmbeddedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
