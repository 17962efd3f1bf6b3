using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Cashless.WebApi.Tests.Infrastructure;

/// <summary>
/// An application whose clock the family tests move (daily limits reset at local midnight, link codes expire), with
/// the steps every family test takes: a student and a guardian linked by the student's code. A test that moves the
/// clock puts it back before it ends (<see cref="ResetClock"/>).
/// </summary>
public sealed class FamilyFixture : ApiFixture
{
    public FamilyFixture()
        : this(new TestClock())
    {
    }

    private FamilyFixture(TestClock clock)
        : base(new CashlessApiFactory { TestServices = services => services.AddSingleton<TimeProvider>(clock) }) => Clock = clock;

    public TestClock Clock { get; }

    public void ResetClock() => Clock.JumpTo(TimeProvider.System.GetUtcNow());

    /// <summary>A student with <paramref name="balance"/> and a guardian linked to it with the student's own code.</summary>
    public async Task<(TestUser Student, TestUser Guardian)> FamilyAsync(long balance = 50_000)
    {
        var student = await CreateUserAsync("buyer", "Siti");
        var guardian = await CreateUserAsync("guardian", "Ibu Rahma");
        if (balance > 0)
        {
            await TopUpAsync(student.Id, balance);
        }

        await ApiCalls.ExpectAsync(await RedeemAsync(guardian, await CodeAsync(student)), HttpStatusCode.Created);
        return (student, guardian);
    }

    public static async Task<string> CodeAsync(TestUser student) =>
        (await ApiCalls.ExpectAsync(await student.Client.PostAsync("/api/v1/guardians/link-codes", null), HttpStatusCode.Created))
        .GetProperty("code").GetString()!;

    public static Task<HttpResponseMessage> RedeemAsync(TestUser guardian, string code) =>
        guardian.Client.PostAsync("/api/v1/children", Api.Json(new { code }));

    public static async Task<JsonElement> SetLimitsAsync(TestUser guardian, string studentId, object rules) =>
        await ApiCalls.ExpectAsync(await guardian.Client.PutAsync($"/api/v1/children/{studentId}/limits", Api.Json(rules)), HttpStatusCode.OK);
}

[CollectionDefinition(Name)]
public sealed class FamilyApi : ICollectionFixture<FamilyFixture>
{
    public const string Name = "family";
}
