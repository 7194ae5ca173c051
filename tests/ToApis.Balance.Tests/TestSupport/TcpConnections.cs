using System.Net;
using System.Net.NetworkInformation;

namespace ToApis.Balance.Tests.TestSupport;

/// <summary>
/// The client ends of the TCP connections to a loopback port, as the operating system lists them: how a test
/// sees whether the client released its connections.
/// </summary>
internal static class TcpConnections
{
    /// <summary>
    /// How many client sockets to <paramref name="serverPort"/> the client still holds: ESTABLISHED, or
    /// CLOSE_WAIT (the server closed, the client never did). A socket the client closed (FIN_WAIT, TIME_WAIT)
    /// is released. <paramref name="clientPorts"/>, when given, picks which client ends count.
    /// </summary>
    public static int HeldByClients(int serverPort, Func<int, bool>? clientPorts = null) =>
        IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpConnections().Count(connection =>
            connection.RemoteEndPoint.Port == serverPort
            && (clientPorts is null || clientPorts(connection.LocalEndPoint.Port))
            && IsLoopback(connection.RemoteEndPoint.Address)
            && connection.State is TcpState.Established or TcpState.CloseWait or TcpState.SynSent);

    /// <summary>Waits, boundedly, until the client holds no connection to <paramref name="serverPort"/>; closing is asynchronous.</summary>
    public static Task AssertReleasedAsync(int serverPort, string when, Func<int, bool>? clientPorts = null) =>
        Poll.UntilAsync(() => HeldByClients(serverPort, clientPorts) == 0, $"the client to hold no connection to port {serverPort} {when}");

    private static bool IsLoopback(IPAddress address) =>
        IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
