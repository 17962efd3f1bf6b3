using System.Security.Cryptography.X509Certificates;

namespace Cashless.Silo.Hosting;

/// <summary>
/// The "Cluster:Tls" section. With <see cref="CertificatePath"/> set, every silo-to-silo and client-to-gateway
/// connection is TLS, and each side must present a certificate issued by <see cref="AuthorityPath"/>: a host that
/// reaches the ports without one cannot join the cluster or call a grain. Unset (the one-process default), the
/// Orleans ports are plain TCP and must not be reachable from outside the host.
/// </summary>
public sealed class ClusterTlsSettings
{
    /// <summary>This node's certificate with its private key (PKCS#12, .pfx); its usages include server and client authentication.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of <see cref="CertificatePath"/>, if it has one.</summary>
    public string? Password { get; set; }

    /// <summary>The certificate (PEM or DER) of the authority that issued every node's certificate: the only one trusted.</summary>
    public string? AuthorityPath { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(CertificatePath);

    /// <summary>This node's certificate and the cluster's authority, or a start-up failure that names the key to fix.</summary>
    public (X509Certificate2 Certificate, X509Certificate2 Authority) Load()
    {
        if (string.IsNullOrWhiteSpace(AuthorityPath))
        {
            throw new InvalidOperationException(
                "Cluster:Tls:CertificatePath is set but Cluster:Tls:AuthorityPath is not: name the certificate of the authority that issued the nodes' certificates.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(CertificatePath!, Password);
        }
        catch (Exception failure) when (failure is System.Security.Cryptography.CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"Cluster:Tls:CertificatePath '{CertificatePath}' could not be read as a PKCS#12 file with Cluster:Tls:Password: {failure.Message}", failure);
        }

        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"Cluster:Tls:CertificatePath '{CertificatePath}' has no private key.");
        }

        try
        {
            return (certificate, X509CertificateLoader.LoadCertificateFromFile(AuthorityPath));
        }
        catch (Exception failure) when (failure is System.Security.Cryptography.CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"Cluster:Tls:AuthorityPath '{AuthorityPath}' could not be read as a certificate: {failure.Message}", failure);
        }
    }
}
