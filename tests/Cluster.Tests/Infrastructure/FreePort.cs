using System.Net;
using System.Net.Sockets;

namespace Cashless.Cluster.Tests.Infrastructure;

internal static class FreePort
{
    // Below Linux's ephemeral range (32768-60999): outgoing connections never take these ports in the meantime.
    private const int First = 20000;
    private const int Last = 32000;

    /// <summary>A loopback port nobody listens on right now. Another process may still take it before the node binds it.</summary>
    public static int Next()
    {
        while (true)
        {
            var port = Random.Shared.Next(First, Last);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: try another.
            }
        }
    }
}
