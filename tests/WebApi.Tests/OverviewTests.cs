using System.Net;
using System.Text.Json;
using Cashless.WebApi.Tests.Infrastructure;

namespace Cashless.WebApi.Tests;

/// <summary>
/// A seeded random run of every operation over HTTP (payments, cash-desk top-ups, bank transfers approved and
/// rejected, withdrawals completed and rejected, freezes and unfreezes) against a model that predicts each answer and
/// the overview: the overview stays balanced throughout and ends exactly where the model says. The tests of this
/// collection run one at a time, so the community totals move only by what this test does.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class OverviewTests(ApiFixture app)
{
    private const int Seed = 20261126;
    private const int Steps = 300;

    [Fact]
    public async Task Overview_RandomRunOfEveryOperation_StaysBalancedAndMovesByWhatTheModelSays()
    {
        var before = await ApiCalls.OverviewAsync(app.Admin.Client);
        var model = new CommunityModel(new Random(Seed));
        foreach (var role in (string[])["buyer", "buyer", "buyer", "seller"])
        {
            model.Add(await app.CreateUserAsync(role));
        }

        for (var step = 0; step < Steps; step++)
        {
            await model.StepAsync(app.Admin.Client);
            if (step % 20 == 19)
            {
                AssertBalanced(await ApiCalls.OverviewAsync(app.Admin.Client));
            }
        }

        var after = await ApiCalls.OverviewAsync(app.Admin.Client);
        AssertBalanced(after);
        Assert.Equal(model.Expected(before), Flatten(after));
        foreach (var user in model.Users)
        {
            Assert.Equal(user.Balance, await ApiFixture.BalanceAsync(user.User));
        }
    }

    private static void AssertBalanced(JsonElement overview)
    {
        var conservation = overview.GetProperty("conservation");
        Assert.True(conservation.GetProperty("balanced").GetBoolean(), $"not balanced: {overview}");
        Assert.Equal(conservation.GetProperty("expected").GetInt64(),
            conservation.GetProperty("balances").GetInt64() + conservation.GetProperty("inFlight").GetInt64());
        Assert.Equal(overview.GetProperty("liabilities").GetInt64(), conservation.GetProperty("balances").GetInt64());
    }

    /// <summary>Every number of the overview by its path, e.g. <c>topUps.admin</c>.</summary>
    private static SortedDictionary<string, long> Flatten(JsonElement overview)
    {
        var numbers = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var property in overview.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Number)
            {
                numbers[property.Name] = property.Value.GetInt64();
                continue;
            }

            foreach (var inner in property.Value.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number))
            {
                numbers[$"{property.Name}.{inner.Name}"] = inner.Value.GetInt64();
            }
        }

        return numbers;
    }

    private sealed class ModelUser(TestUser user)
    {
        public TestUser User { get; } = user;

        public long Balance { get; set; }

        public bool Frozen { get; set; }
    }

    /// <summary>The community as the test believes it is: balances, open reviews, and how far each total moved.</summary>
    private sealed class CommunityModel(Random random)
    {
        private readonly Dictionary<string, long> _moved = new(StringComparer.Ordinal);
        private readonly List<(string Id, ModelUser Owner, long Amount)> _transfers = [];
        private readonly List<(string Id, ModelUser Owner, long Amount)> _withdrawals = [];

        public List<ModelUser> Users { get; } = [];

        public void Add(TestUser user)
        {
            Users.Add(new ModelUser(user));
            Move($"accounts.{user.Role}s", 1);
        }

        public SortedDictionary<string, long> Expected(JsonElement before)
        {
            var expected = Flatten(before);
            foreach (var (path, delta) in _moved)
            {
                expected[path] += delta;
            }

            var topUps = expected["topUps.virtualAccount"] + expected["topUps.bankTransfer"] + expected["topUps.admin"];
            expected["topUps.total"] = topUps;
            expected["conservation.expected"] = topUps - expected["withdrawals.pending"] - expected["withdrawals.completed"];
            expected["conservation.balances"] = expected["liabilities"];
            return expected;
        }

        public async Task StepAsync(HttpClient admin)
        {
            var user = Users[random.Next(Users.Count)];
            switch (random.Next(8))
            {
                case 0: await DeskTopUpAsync(admin, user); break;
                case 1: case 2: await PayAsync(user, Users[random.Next(Users.Count)]); break;
                case 3: await TransferAsync(user); break;
                case 4: await ReviewTransferAsync(admin); break;
                case 5: await WithdrawAsync(user); break;
                case 6: await ReviewWithdrawalAsync(admin); break;
                default: await ToggleFreezeAsync(admin, user); break;
            }
        }

        private async Task DeskTopUpAsync(HttpClient admin, ModelUser user)
        {
            var amount = Amount(10_000, 200_000);
            if (await Expect(admin.PostAsync("/api/v1/admin/topups", Api.Json(new { userId = user.User.Id, amount })), Refusal(user)))
            {
                Credit(user, amount, "topUps.admin");
            }
        }

        private async Task PayAsync(ModelUser payer, ModelUser payee)
        {
            var amount = Amount(1, 80_000);
            // The payer's own refusals first; a frozen payee is 422 payee_cannot_receive (decision 0007).
            var expected = payer.Frozen ? HttpStatusCode.Forbidden
                : payer == payee || payer.Balance < amount || payee.Frozen ? HttpStatusCode.UnprocessableEntity
                : HttpStatusCode.Created;
            if (await Expect(payer.User.Client.PostAsync("/api/v1/payments", Api.Json(new { to = payee.User.Id, amount })), expected))
            {
                payer.Balance -= amount;
                payee.Balance += amount;
                Move("payments.count", 1);
                Move("payments.volume", amount);
            }
        }

        private async Task TransferAsync(ModelUser user)
        {
            var amount = Amount(10_000, 150_000);
            using var response = await user.User.Client.PostAsync("/api/v1/topups/bank-transfer", Api.Json(new
            {
                amount, senderBank = "bca", senderAccountName = "Random run", transferReference = $"RND-{Guid.NewGuid():N}",
            }));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == Refusal(user), $"bank transfer: {(int)response.StatusCode} {body}");
            if (response.StatusCode == HttpStatusCode.Created)
            {
                _transfers.Add((IdOf(body), user, amount));
                Move("pending.bankTransferReviews", 1);
            }
        }

        private async Task ReviewTransferAsync(HttpClient admin)
        {
            if (_transfers.Count == 0)
            {
                return;
            }

            var (id, owner, amount) = _transfers[random.Next(_transfers.Count)];
            if (random.Next(3) == 0)
            {
                await Expect(admin.PostAsync($"/api/v1/admin/topups/{id}/reject", Api.Json(new { reason = "random" })), HttpStatusCode.OK);
            }
            else if (await Expect(admin.PostAsync($"/api/v1/admin/topups/{id}/approve", null), Refusal(owner, HttpStatusCode.OK)))
            {
                Credit(owner, amount, "topUps.bankTransfer");
            }
            else
            {
                return; // refused: a frozen owner's transfer stays awaiting review
            }

            _transfers.RemoveAll(t => t.Id == id);
            Move("pending.bankTransferReviews", -1);
        }

        private async Task WithdrawAsync(ModelUser user)
        {
            var amount = Amount(10_000, 120_000);
            var expected = user.Frozen ? HttpStatusCode.Forbidden
                : user.Balance < amount ? HttpStatusCode.UnprocessableEntity
                : HttpStatusCode.Created;
            using var response = await user.User.Client.PostAsync("/api/v1/withdrawals", ApiCalls.Withdrawal(amount));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == expected, $"withdrawal: expected {(int)expected}, got {(int)response.StatusCode} {body}");
            if (response.StatusCode == HttpStatusCode.Created)
            {
                _withdrawals.Add((IdOf(body), user, amount));
                user.Balance -= amount;
                Move("liabilities", -amount);
                Move("withdrawals.pending", amount);
                Move("pending.withdrawals", 1);
            }
        }

        private async Task ReviewWithdrawalAsync(HttpClient admin)
        {
            if (_withdrawals.Count == 0)
            {
                return;
            }

            var (id, owner, amount) = _withdrawals[random.Next(_withdrawals.Count)];
            if (random.Next(2) == 0)
            {
                await Expect(admin.PostAsync($"/api/v1/admin/withdrawals/{id}/complete", null), HttpStatusCode.OK);
                Move("withdrawals.completed", amount);
            }
            else
            {
                await Expect(admin.PostAsync($"/api/v1/admin/withdrawals/{id}/reject", Api.Json(new { reason = "random" })), HttpStatusCode.OK);
                owner.Balance += amount;
                Move("liabilities", amount);
            }

            _withdrawals.RemoveAll(w => w.Id == id);
            Move("withdrawals.pending", -amount);
            Move("pending.withdrawals", -1);
        }

        private async Task ToggleFreezeAsync(HttpClient admin, ModelUser user)
        {
            await Expect(admin.PostAsync($"/api/v1/admin/users/{user.User.Id}/{(user.Frozen ? "unfreeze" : "freeze")}", null), HttpStatusCode.OK);
            user.Frozen = !user.Frozen;
            Move("accounts.frozen", user.Frozen ? 1 : -1);
        }

        private void Credit(ModelUser user, long amount, string channel)
        {
            user.Balance += amount;
            Move("liabilities", amount);
            Move(channel, amount);
        }

        private void Move(string path, long delta) => _moved[path] = _moved.GetValueOrDefault(path) + delta;

        private long Amount(long min, long max) => random.NextInt64(min, max + 1);

        private static HttpStatusCode Refusal(ModelUser user, HttpStatusCode success = HttpStatusCode.Created) =>
            user.Frozen ? HttpStatusCode.Forbidden : success;

        private static string IdOf(string created)
        {
            using var document = JsonDocument.Parse(created);
            return document.RootElement.GetProperty("id").GetString()!;
        }

        /// <summary>Asserts the predicted status; true when it is a success.</summary>
        private static async Task<bool> Expect(Task<HttpResponseMessage> sending, HttpStatusCode expected)
        {
            using var response = await sending;
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == expected,
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: expected {(int)expected}, got {(int)response.StatusCode} {body}");
            return response.IsSuccessStatusCode;
        }
    }
}
