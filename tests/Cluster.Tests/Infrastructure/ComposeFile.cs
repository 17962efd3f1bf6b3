using System.Diagnostics;
using Cashless.TestMachine;

namespace Cashless.Cluster.Tests.Infrastructure;

/// <summary>
/// docker-compose.yml as <c>docker-compose config</c> resolves it (no Docker engine needed): validated, anchors and
/// variables expanded. Read just enough of its normalized YAML: each service's image and environment keys.
/// </summary>
public static class ComposeFile
{
    public static async Task<Dictionary<string, (string? Image, HashSet<string> Environment)>> ServicesAsync()
    {
        MachinePackage.DockerCompose.Require();
        var start = new ProcessStartInfo("docker-compose")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--profile", "mongo", "config" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["JWT_SIGNING_KEY"] = "compose-check-signing-key-with-at-least-32-bytes";
        start.Environment["ADMIN_PASSWORD"] = "Compose-Check-1";
        start.Environment["TRANSFER_BANK"] = "bca";
        start.Environment["REDIS_PASSWORD"] = "compose-check-redis";
        start.Environment["CLUSTER_CERT_PASSWORD"] = "compose-check-certs";
        start.Environment["TRANSFER_ACCOUNT_NUMBER"] = "8800112233";
        start.Environment["TRANSFER_ACCOUNT_NAME"] = "Compose Check";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start docker-compose");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"docker-compose config refused docker-compose.yml:\n{await errors}");
        }

        return Parse((await output).Split('\n'));
    }

    /// <summary>Normalized output: "services:" then two-space service names, four-space keys, six-space environment entries.</summary>
    private static Dictionary<string, (string? Image, HashSet<string> Environment)> Parse(string[] lines)
    {
        var services = new Dictionary<string, (string? Image, HashSet<string> Environment)>();
        string? service = null;
        var inServices = false;
        var inEnvironment = false;
        foreach (var line in lines)
        {
            var indent = line.Length - line.TrimStart(' ').Length;
            var text = line.Trim();
            if (indent == 0)
            {
                inServices = text == "services:";
                continue;
            }

            if (!inServices || text.Length == 0)
            {
                continue;
            }

            if (indent == 2)
            {
                service = text.TrimEnd(':');
                services[service] = (null, []);
            }
            else if (indent == 4 && service is not null)
            {
                inEnvironment = text == "environment:";
                if (text.StartsWith("image: ", StringComparison.Ordinal))
                {
                    services[service] = (text["image: ".Length..], services[service].Environment);
                }
            }
            else if (indent == 6 && inEnvironment && service is not null)
            {
                services[service].Environment.Add(text[..text.IndexOf(':', StringComparison.Ordinal)]);
            }
        }

        return services;
    }
}
