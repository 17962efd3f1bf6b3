using System.Globalization;
using System.Text.Json;
using StackExchange.Redis;

namespace Cashless.Cluster.Tests.Infrastructure;

/// <summary>
/// A Cashless cluster of real processes on loopback: a fresh PostgreSQL database, a service id of its own in the
/// shared Redis, and front silos (src/WebApi) and silos (src/Silo) started with the settings docker-compose.yml gives
/// its services (only hosts and ports differ). Disposing kills what is left and drops the database.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    public const string AdminEmail = "admin@cluster.test";
    public const string AdminPassword = "Cluster-Test-Admin-1";
    public const string DefaultClusterId = "cashless";
    private const string SigningKey = "cluster-tests-signing-key-with-at-least-32-bytes!";

    private readonly ClusterServices _services;
    private readonly List<NodeProcess> _nodes = [];

    private TestCluster(ClusterServices services, string database, string serviceId)
    {
        _services = services;
        Database = database;
        ServiceId = serviceId;
    }

    /// <summary>The connection string of this cluster's own database.</summary>
    public string Database { get; }

    public string ServiceId { get; }

    public static async Task<TestCluster> CreateAsync(ClusterServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.RequireServers();
        var database = await services.Postgres.CreateDatabaseAsync();
        return new TestCluster(services, database, $"cashless-test-{Guid.NewGuid():N}");
    }

    /// <summary>Starts the nodes together and waits until every one is ready (Active in the membership, store answers).</summary>
    public async Task<NodeProcess[]> StartAsync(params (string Name, NodeKind Kind)[] nodes) =>
        await StartAsync(DefaultClusterId, nodes);

    /// <summary>As <see cref="StartAsync(ValueTuple{string, NodeKind}[])"/>, in the membership of <paramref name="clusterId"/>.</summary>
    public async Task<NodeProcess[]> StartAsync(string clusterId, params (string Name, NodeKind Kind)[] nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        return await Task.WhenAll(nodes.Select(node => StartNodeAsync(node.Name, node.Kind, clusterId)));
    }

    /// <summary>The environment of a node, as the docker-compose.yml service of its kind has it (loopback hosts and free ports here).</summary>
    public Dictionary<string, string> Environment(NodeKind kind, string clusterId)
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Urls"] = $"http://127.0.0.1:{FreePort.Next()}",
            ["Logging__Console__FormatterName"] = "json",
            ["Cluster__Mode"] = "Redis",
            ["Cluster__ServiceId"] = ServiceId,
            ["Cluster__ClusterId"] = clusterId,
            ["Cluster__AdvertisedIP"] = "127.0.0.1",
            ["Cluster__SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Cluster__GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["ConnectionStrings__Redis"] = _services.Redis.ConnectionString,
            ["Storage__Provider"] = "Postgres",
            ["ConnectionStrings__Postgres"] = Database,
            ["Outbox__RecoveryInterval"] = "00:00:01",
            ["Outbox__MinimumAge"] = "00:00:01",
            ["Cluster__Tls__CertificatePath"] = ClusterCertificates.NodePfx,
            ["Cluster__Tls__Password"] = ClusterCertificates.Password,
            ["Cluster__Tls__AuthorityPath"] = ClusterCertificates.AuthorityPem,
        };
        if (kind == NodeKind.Front)
        {
            settings["Jwt__SigningKey"] = SigningKey;
            settings["Admin__Email"] = AdminEmail;
            settings["Admin__Password"] = AdminPassword;
            settings["BankTransfer__Destination__Bank"] = "bca";
            settings["BankTransfer__Destination__AccountNumber"] = "8800112233";
            settings["BankTransfer__Destination__AccountName"] = "Cashless Cluster Tests";
            settings["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1"; // the nginx of FrontSiloTests
            settings["PasswordHasher__IterationCount"] = "1000";
        }

        return settings;
    }

    /// <summary>The membership status of the silo on <paramref name="siloPort"/> as the Redis table has it (3 Active, 6 Dead).</summary>
    public async Task<int?> MembershipStatusAsync(int siloPort, string clusterId = DefaultClusterId)
    {
        var rows = await _services.Redis.Connection.GetDatabase().HashGetAllAsync($"{ServiceId}/members/{clusterId}");
        foreach (var row in rows.Where(row => row.Name != "Version"))
        {
            using var entry = JsonDocument.Parse(row.Value.ToString());
            var address = entry.RootElement.GetProperty("SiloAddress").GetProperty("SiloAddress").GetString();
            if (address?.StartsWith($"127.0.0.1:{siloPort}@", StringComparison.Ordinal) == true)
            {
                return entry.RootElement.GetProperty("Status").GetInt32();
            }
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_nodes.Select(node => node.DisposeAsync().AsTask()));
        await _services.Postgres.DropDatabaseAsync(Database);
    }

    /// <summary>Starts a node with its usual environment changed by <paramref name="change"/>, without waiting for it.</summary>
    public NodeProcess Launch(string name, NodeKind kind, Action<Dictionary<string, string>> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var environment = Environment(kind, DefaultClusterId);
        change(environment);
        var node = NodeProcess.Start(name, kind, environment);
        lock (_nodes)
        {
            _nodes.Add(node);
        }

        return node;
    }

    /// <summary>Starts a node until it is ready; on another process taking one of its ports first, again on new ports.</summary>
    private async Task<NodeProcess> StartNodeAsync(string name, NodeKind kind, string clusterId)
    {
        for (var attempt = 1; ; attempt++)
        {
            var node = Launch(name, kind, clusterId);
            try
            {
                await node.WaitUntilReadyAsync();
                return node;
            }
            catch (InvalidOperationException) when (attempt < 3 && node.HasExited
                && node.Output().Contains("already in use", StringComparison.OrdinalIgnoreCase))
            {
                lock (_nodes)
                {
                    _nodes.Remove(node);
                }

                await node.DisposeAsync();
            }
        }
    }

    private NodeProcess Launch(string name, NodeKind kind, string clusterId)
    {
        var node = NodeProcess.Start(name, kind, Environment(kind, clusterId));
        lock (_nodes)
        {
            _nodes.Add(node);
        }

        return node;
    }
}
