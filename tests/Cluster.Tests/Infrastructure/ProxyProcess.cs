using System.Diagnostics;
using Cashless.TestMachine;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Cashless.Cluster.Tests.Infrastructure;

/// <summary>
/// nginx with the repository's own proxy config (deploy/nginx/cashless.conf, as docker-compose mounts it), its
/// upstreams pointed at two front silos on loopback, its https and http listeners on free loopback ports and a
/// self-signed certificate of its own (as deploy/certs/generate.sh makes one for compose).
/// </summary>
public sealed class ProxyProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;
    private readonly X509Certificate2 _certificate;

    private ProxyProcess(Process process, string folder, X509Certificate2 certificate, Uri baseAddress, Uri plainAddress)
    {
        _process = process;
        _folder = folder;
        _certificate = certificate;
        BaseAddress = baseAddress;
        PlainAddress = plainAddress;
    }

    /// <summary>https, where the API is served.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Plain http, which only redirects.</summary>
    public Uri PlainAddress { get; }

    /// <summary>A handler that trusts this proxy's certificate only, and follows no redirect.</summary>
    public HttpMessageHandler CreateHandler() => new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = IsTheProxy },
    };

    public bool IsTheProxy(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
        certificate is not null && certificate.GetRawCertData().AsSpan().SequenceEqual(_certificate.RawData);

    public static async Task<ProxyProcess> StartAsync(ApiClient front1, ApiClient front2)
    {
        ArgumentNullException.ThrowIfNull(front1);
        ArgumentNullException.ThrowIfNull(front2);
        MachinePackage.Nginx.Require();
        var folder = Directory.CreateTempSubdirectory("cashless-nginx-").FullName;
        // nginx's workers run as nobody when the tests run as root: they must be able to buffer request bodies here.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);
        }
        var (port, plainPort) = (FreePort.Next(), FreePort.Next());
        var certificate = WriteCertificate(folder);
        var server = (await File.ReadAllTextAsync(Repository.PathOf("deploy", "nginx", "cashless.conf")))
            .Replace("webapi-1:8080", front1.BaseAddress.Authority, StringComparison.Ordinal)
            .Replace("webapi-2:8080", front2.BaseAddress.Authority, StringComparison.Ordinal)
            .Replace("listen 443 ssl;", $"listen 127.0.0.1:{port} ssl;", StringComparison.Ordinal)
            .Replace("listen 80;", $"listen 127.0.0.1:{plainPort};", StringComparison.Ordinal)
            .Replace("/etc/nginx/certs/", folder + "/", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(folder, "cashless.conf"), server);
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), MainConfig(folder));

        // Debian puts nginx in /usr/sbin, which a non-root PATH may lack.
        var nginx = File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
        var start = new ProcessStartInfo(nginx) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-g", "daemon off;" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start nginx");
        var proxy = new ProxyProcess(process, folder, certificate, new Uri($"https://127.0.0.1:{port}/"), new Uri($"http://127.0.0.1:{plainPort}/"));
        await Eventually.True(() => Task.FromResult(proxy.Listening(port)), TimeSpan.FromSeconds(10), "nginx listening");
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _certificate.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>proxy.crt and proxy.key for 127.0.0.1, readable by nginx's workers.</summary>
    private static X509Certificate2 WriteCertificate(string folder)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllText(Path.Combine(folder, "proxy.crt"), certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(folder, "proxy.key"), key.ExportPkcs8PrivateKeyPem());
        return certificate;
    }

    private bool Listening(int port)
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"nginx exited with code {_process.ExitCode}: {_process.StandardError.ReadToEnd()}");
        }

        try
        {
            using var probe = new TcpClient();
            probe.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string MainConfig(string folder) =>
        $$"""
        worker_processes 1;
        error_log {{folder}}/error.log warn;
        pid {{folder}}/nginx.pid;
        events { worker_connections 256; }
        http {
            access_log off;
            client_body_temp_path {{folder}}/body;
            proxy_temp_path {{folder}}/proxy;
            fastcgi_temp_path {{folder}}/fastcgi;
            uwsgi_temp_path {{folder}}/uwsgi;
            scgi_temp_path {{folder}}/scgi;
            include {{folder}}/cashless.conf;
        }
        """;
}
