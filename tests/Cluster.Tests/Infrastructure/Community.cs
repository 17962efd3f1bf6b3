namespace Cashless.Cluster.Tests.Infrastructure;

/// <summary>Buyers and sellers of one test, made through the API (each test owns its people and their money).</summary>
public static class Community
{
    public const string Password = "Cluster-Test-Password-1";

    public static Task<string> AdminToken(ApiClient api) =>
        api.Login(TestCluster.AdminEmail, TestCluster.AdminPassword);

    /// <summary>Registers <paramref name="count"/> users of <paramref name="role"/> and tops each up by <paramref name="topUp"/> (if any).</summary>
    public static async Task<Wallet[]> Open(ApiClient api, string adminToken, string role, int count, long topUp)
    {
        ArgumentNullException.ThrowIfNull(api);
        return await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
        {
            var email = $"{role}-{Guid.NewGuid():N}@cluster.test";
            var id = await api.Register(role, email, Password, role);
            if (topUp > 0)
            {
                await api.TopUp(adminToken, id, topUp);
            }

            return new Wallet(id, email, await api.Login(email, Password), topUp);
        }));
    }
}
