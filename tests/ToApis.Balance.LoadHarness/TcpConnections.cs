using System.Diagnostics;
using System.Net.NetworkInformation;

namespace ToApis.Balance.LoadHarness;

/// <summary>
/// The client's open TCP connections to the server port, as the operating system lists them. A connection in
/// TIME_WAIT is closed (the kernel only keeps its port reserved for a while), so it does not count.
/// </summary>
internal static class TcpConnections
{
    public static int CountClientSide(int serverPort)
    {
        var open = 0;
        foreach (var connection in IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpConnections())
        {
            if (connection.RemoteEndPoint.Port == serverPort
                && connection.State is not (TcpState.TimeWait or TcpState.Closed or TcpState.Listen))
            {
                open++;
            }
        }

        return open;
    }

    /// <summary>Polls until at most <paramref name="target"/> connections are open or <paramref name="limit"/> passes; returns the last count.</summary>
    public static async Task<int> WaitUntilAtMostAsync(int serverPort, int target, TimeSpan limit, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        int open;
        while ((open = CountClientSide(serverPort)) > target && Stopwatch.GetElapsedTime(started) < limit)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
        }

        return open;
    }
}
