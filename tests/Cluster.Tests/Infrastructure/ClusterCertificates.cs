using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Cashless.Cluster.Tests.Infrastructure;

/// <summary>
/// The cluster's certificates, made once per test run by deploy/certs/generate.sh (openssl), as for compose: an
/// authority, and a node certificate it issued (server and client authentication) in a password-protected .pfx.
/// </summary>
public static class ClusterCertificates
{
    public const string Password = "cluster-tests-pfx";

    private static readonly Lazy<(string Folder, X509Certificate2 Node)> Made = new(Make);

    public static string Folder => Made.Value.Folder;

    public static string NodePfx => Path.Combine(Folder, "node.pfx");

    public static string AuthorityPem => Path.Combine(Folder, "authority.crt");

    /// <summary>The node certificate with its key, for a test client that is one of the cluster.</summary>
    public static X509Certificate2 Node => Made.Value.Node;

    /// <summary>A certificate of the same shape from another authority: what an outsider could make.</summary>
    public static X509Certificate2 Foreign()
    {
        using var otherAuthority = Authority("CN=Not the Cashless cluster authority");
        return Issue(otherAuthority, "CN=intruder");
    }

    private static (string Folder, X509Certificate2 Node) Make()
    {
        var folder = Directory.CreateTempSubdirectory("cashless-certs-").FullName;
        var script = new ProcessStartInfo("bash", [Repository.PathOf("deploy", "certs", "generate.sh")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["CLUSTER_CERT_PASSWORD"] = Password, ["CERTS_OUT"] = folder },
        };
        using var run = Process.Start(script) ?? throw new InvalidOperationException("could not run deploy/certs/generate.sh");
        var errors = run.StandardError.ReadToEndAsync();
        run.StandardOutput.ReadToEnd();
        run.WaitForExit();
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"deploy/certs/generate.sh failed ({run.ExitCode}): {errors.Result}");
        }

        return (folder, X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(folder, "node.pfx"), Password));
    }

    private static X509Certificate2 Authority(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    }

    private static X509Certificate2 Issue(X509Certificate2 authority, string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], false));
        var serial = RandomNumberGenerator.GetBytes(16);
        using var issued = request.Create(authority, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(7), serial);
        // With its key, and re-imported so that TLS can use the key on every platform.
        using var withKey = issued.CopyWithPrivateKey(key);
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
    }
}
