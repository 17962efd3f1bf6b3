using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Orleans.Connections.Security;

namespace Cashless.Silo.Hosting;

/// <summary>
/// Mutual TLS on the Orleans ports: every connection, between silos or from a client to a gateway, presents this
/// node's certificate and accepts only a certificate that chains to the cluster's own authority (no other root, no
/// host-name check: nodes come and go under container addresses, and membership of the cluster is what the
/// authority vouches for).
/// </summary>
public static class ClusterTls
{
    public static ISiloBuilder UseClusterTls(this ISiloBuilder silo, ClusterTlsSettings settings)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(settings);
        var (certificate, authority) = settings.Load();
        return silo.UseTls(certificate, options => Configure(options, authority));
    }

    /// <summary>The options of both ends: a certificate is required from the other side and must be one of ours.</summary>
    public static void Configure(TlsOptions options, X509Certificate2 authority)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.RemoteCertificateValidation = (remote, _, errors) => IssuedBy(authority, remote, errors);
    }

    private static bool IssuedBy(X509Certificate2 authority, X509Certificate2 remote, SslPolicyErrors errors)
    {
        if (remote is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(remote);
    }
}
