using System.Globalization;
using System.Text.RegularExpressions;
using Cashless.Console.Tests.Infrastructure;
using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.TopUps;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Orleans;

namespace Cashless.Console.Tests;

/// <summary>The admin console in headless Chromium against the real WebApi on a real port.</summary>
[Collection(ConsoleTestGroup.Name)]
public sealed partial class AdminConsoleTests(ConsoleFixture fixture) : IAsyncLifetime
{
    private const long TransferAmount = 125_000;
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = new() { Timeout = 15_000 };

    private readonly List<string> _browserErrors = [];
    private readonly List<string> _webSockets = [];
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _page = await fixture.Browser.Context.NewPageAsync();
        _page.SetDefaultTimeout(15_000);
        // A script error or a Content-Security-Policy violation shows up here; the console must have none.
        _page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _browserErrors.Add(message.Text);
            }
        };
        _page.PageError += (_, error) => _browserErrors.Add(error);
        _page.WebSocket += (_, socket) => _webSockets.Add(new Uri(socket.Url).AbsolutePath);
    }

    public Task DisposeAsync() => _page.CloseAsync();

    [SkippableFact]
    public async Task ApproveBankTransfer_AsAdmin_CreditsWalletAndShowsEventLive()
    {
        var api = fixture.Api;
        var reference = $"TRF-{Guid.NewGuid():N}"[..16];
        var buyer = await api.SignUpAsync("Siti Rahma", SeedApi.NewEmail("siti"), "buyer");
        await api.PostAsync("topups/bank-transfer", buyer,
            new { amount = TransferAmount, senderBank = "bca", senderAccountName = "Siti Rahma", transferReference = reference });
        var otherReference = await SeedOtherTransferAsync();
        var seller = await SeedSellerWithPendingWithdrawalAsync();
        var admin = await api.LoginAsync(ConsoleServer.AdminEmail, ConsoleServer.AdminPassword);
        var overviewBefore = await api.GetAsync("admin/reports/overview", admin);
        var liabilitiesBefore = overviewBefore.GetProperty("liabilities").GetInt64();
        var paymentsBefore = overviewBefore.GetProperty("payments").GetProperty("count").GetInt64();

        await SignInAsync(ConsoleServer.AdminEmail, ConsoleServer.AdminPassword);
        await Expect(_page.Locator("#conservation")).ToContainTextAsync("✓ Balanced");
        await Expect(_page.Locator("#total-liabilities .value")).ToHaveTextAsync(Rupiah(liabilitiesBefore));
        await Expect(_page.Locator("#feed-state")).ToHaveTextAsync("live");

        var row = _page.Locator("#reviews-rows tr", new() { HasText = reference });
        await row.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        var dialog = _page.Locator("dialog#ask");
        await Expect(dialog).ToContainTextAsync(reference);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();

        await Expect(row).ToHaveCountAsync(0);
        await Expect(_page.Locator("#reviews-rows tr", new() { HasText = otherReference })).ToHaveCountAsync(1);
        await Expect(_page.Locator("#flash")).ToContainTextAsync($"Approved {Rupiah(TransferAmount)}");
        await Expect(_page.Locator("#total-liabilities .value")).ToHaveTextAsync(Rupiah(liabilitiesBefore + TransferAmount));
        await Expect(_page.Locator("#conservation")).ToContainTextAsync("✓ Balanced");
        await Expect(_page.Locator("#feed-items li").First).ToContainTextAsync("approved");
        await Expect(_page.Locator("#feed-items li").First).ToContainTextAsync(Rupiah(TransferAmount));
        // People by name, not by raw id (the id is the name's tooltip).
        var approvedFor = _page.Locator("#feed-items li").First.Locator(".who");
        await Expect(approvedFor).ToHaveTextAsync("Siti Rahma");
        await Expect(approvedFor).ToHaveAttributeAsync("title", new Regex("^usr_"));
        var wallet = await api.GetAsync("wallet", buyer);
        Assert.Equal(TransferAmount, wallet.GetProperty("balance").GetInt64());
        Assert.Contains("/hubs/notifications", _webSockets);

        // Something the console did not do: the live feed shows it, and the overview follows.
        await api.PostAsync("payments", buyer, new { to = seller, amount = 15_000, description = "Nasi goreng" });
        await Expect(_page.Locator("#feed-items")).ToContainTextAsync("Payment received");
        await Expect(_page.Locator("#feed-items li", new() { HasText = "Payment received" }).Locator(".who")).ToHaveTextAsync("Kantin Bu Sri");
        await Expect(_page.Locator("#feed-items li", new() { HasText = "Payment sent" }).Locator(".who")).ToHaveTextAsync("Siti Rahma");
        await Expect(_page.Locator("#feed-items code")).ToHaveCountAsync(0);
        await Expect(_page.Locator("#total-payments .detail")).ToHaveTextAsync(paymentsBefore == 0 ? "1 payment" : $"{paymentsBefore + 1} payments");

        await _page.ScreenshotAsync(new() { Path = Artifacts.PathOf("console-desktop.png"), FullPage = true });
        await _page.SetViewportSizeAsync(390, 844);
        await _page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await _page.ScreenshotAsync(new() { Path = Artifacts.PathOf("console-phone.png") });
        await _page.ScreenshotAsync(new() { Path = Artifacts.PathOf("console-phone-full.png"), FullPage = true });
        var tooWide = await _page.EvaluateAsync<string[]>(WiderThanTheScreen);
        Assert.True(tooWide.Length == 0, $"the console scrolls sideways at 390 px: {string.Join(", ", tooWide)}");
        Assert.Empty(_browserErrors);
    }

    [SkippableFact]
    public async Task ApproveFlaggedTopUp_PaidAfterItWasClosed_CreditsTheGatewaysAmountOnce()
    {
        var api = fixture.Api;
        var buyer = await api.SignUpAsync("Rina Wati", SeedApi.NewEmail("rina"), "buyer");
        var buyerId = (await api.GetAsync("me", buyer)).GetProperty("id").GetString()!;
        // Expired on our side, then paid at the gateway for another amount: the console's queue shows what came in.
        var topUp = fixture.Server.Services.GetRequiredService<IGrainFactory>().GetGrain<ITopUpGrain>("top_" + Guid.CreateVersion7().ToString("N"));
        await topUp.OpenVirtualAccount(buyerId, new Money(90_000), "bca");
        await topUp.ApplyGatewayReport(new GatewayReport(GatewayState.Expired, new Money(90_000), "expire"));
        await topUp.ApplyGatewayReport(new GatewayReport(GatewayState.Paid, new Money(95_000), "settlement"));

        await SignInAsync(ConsoleServer.AdminEmail, ConsoleServer.AdminPassword);
        var row = _page.Locator("#flagged-rows tr", new() { HasText = buyerId });
        await Expect(row).ToContainTextAsync("after it was closed");
        await Expect(row).ToContainTextAsync(Rupiah(95_000));
        await row.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        var dialog = _page.Locator("dialog#ask");
        await Expect(dialog).ToContainTextAsync(Rupiah(95_000));
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();

        await Expect(row).ToHaveCountAsync(0);
        await Expect(_page.Locator("#flash")).ToContainTextAsync($"Approved {Rupiah(95_000)}");
        Assert.Equal(95_000, (await api.GetAsync("wallet", buyer)).GetProperty("balance").GetInt64());
        Assert.Empty(_browserErrors);
    }

    [SkippableFact]
    public async Task ApproveBankTransfer_ClaimedTwice_IsMarkedAndCreditedOnlyAfterConfirmingTheDuplicate()
    {
        var api = fixture.Api;
        var reference = $"DUP-{Guid.NewGuid():N}"[..16];
        var buyer = await api.SignUpAsync("Rina Wati", SeedApi.NewEmail("rina"), "buyer");
        var claim = new { amount = 60_000, senderBank = "bni", senderAccountName = "Rina Wati", transferReference = reference };
        var original = (await api.PostAsync("topups/bank-transfer", buyer, claim)).GetProperty("id").GetString()!;
        var repeat = (await api.PostAsync("topups/bank-transfer", buyer, claim with { transferReference = reference.ToLowerInvariant() }))
            .GetProperty("id").GetString()!;

        await SignInAsync(ConsoleServer.AdminEmail, ConsoleServer.AdminPassword);
        var marked = _page.Locator("#reviews-rows tr", new() { HasText = "possible duplicate of" }).Filter(new() { HasText = original });
        await Expect(marked).ToContainTextAsync(reference.ToLowerInvariant());
        var dialog = _page.Locator("dialog#ask");
        await marked.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(dialog).ToContainTextAsync(original);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Approve anyway" }).ClickAsync();
        await Expect(_page.Locator("#flash")).ToContainTextAsync($"Approved {Rupiah(60_000)}");

        // The first claim of that reference now asks the same question, as one of them was credited already.
        var first = _page.Locator("#reviews-rows tr", new() { HasText = reference });
        await Expect(first).ToHaveCountAsync(1); // the credited claim leaves the queue when it reloads, not at once
        await first.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
        await Expect(dialog).ToContainTextAsync("Approve a possible duplicate");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();

        await Expect(_page.Locator("#reviews-error")).ToContainTextAsync("confirmDuplicate");
        await Expect(first).ToHaveCountAsync(1);
        Assert.Equal(60_000, (await api.GetAsync("wallet", buyer)).GetProperty("balance").GetInt64());
        Assert.Equal("settled", (await api.GetAsync($"topups/{repeat}", buyer)).GetProperty("status").GetString());
        // Chromium reports the refused approval (409) as a failed resource load; nothing else may fail.
        Assert.All(_browserErrors, error => Assert.Contains("409", error, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task SignIn_AsBuyer_IsRefused()
    {
        var email = SeedApi.NewEmail("dewi");
        await fixture.Api.SignUpAsync("Dewi Lestari", email, "buyer");

        await SignInAsync(email, SeedApi.Password);

        await Expect(_page.Locator("#login-error")).ToContainTextAsync("for admins only");
        await Expect(_page.Locator("#console")).ToBeHiddenAsync();
        Assert.Null(await _page.EvaluateAsync<string?>("() => sessionStorage.getItem('cashless.admin.token')"));
    }

    [SkippableFact]
    public async Task Refresh_AfterTokenRevoked_ReturnsToSignIn()
    {
        await SignInAsync(ConsoleServer.AdminEmail, ConsoleServer.AdminPassword);
        await Expect(_page.Locator("#conservation")).ToContainTextAsync("Balanced");
        var token = await _page.EvaluateAsync<string>("() => sessionStorage.getItem('cashless.admin.token')");
        await fixture.Api.PostAsync("auth/logout", token);

        await _page.GetByRole(AriaRole.Button, new() { Name = "Refresh" }).ClickAsync();

        await Expect(_page.Locator("#login")).ToBeVisibleAsync(Visible);
        await Expect(_page.Locator("#login-error")).ToContainTextAsync(SignedOut());
        await Expect(_page.Locator("#console")).ToBeHiddenAsync();
    }

    private async Task SignInAsync(string email, string password)
    {
        await _page.GotoAsync(new Uri(fixture.Server.BaseAddress, "admin").ToString());
        var form = _page.Locator("#login-form");
        await form.GetByLabel("E-mail", new() { Exact = true }).FillAsync(email);
        await form.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await form.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Another buyer's transfer, which stays in the queue while the test approves its own.</summary>
    private async Task<string> SeedOtherTransferAsync()
    {
        var reference = $"TRF-{Guid.NewGuid():N}"[..16];
        var buyer = await fixture.Api.SignUpAsync("Budi Santoso", SeedApi.NewEmail("budi"), "buyer");
        await fixture.Api.PostAsync("topups/bank-transfer", buyer,
            new { amount = 80_000, senderBank = "mandiri", senderAccountName = "Budi Santoso", transferReference = reference });
        return reference;
    }

    /// <summary>A seller with cash-desk money and a withdrawal waiting, so the payout queue has a row too; its e-mail.</summary>
    private async Task<string> SeedSellerWithPendingWithdrawalAsync()
    {
        var api = fixture.Api;
        var email = SeedApi.NewEmail("kantin");
        var seller = await api.SignUpAsync("Kantin Bu Sri", email, "seller");
        var admin = await api.LoginAsync(ConsoleServer.AdminEmail, ConsoleServer.AdminPassword);
        await api.PostAsync("admin/topups", admin, new { email, amount = 200_000, note = "Cash at the desk" });
        await api.PostAsync("withdrawals", seller, new { amount = 50_000, bankCode = "bri", accountNumber = "0123456789", accountName = "Sri Wahyuni" });
        return email;
    }

    /// <summary>The page's width beyond the screen's, and the elements that stick out (to say what to fix).</summary>
    private const string WiderThanTheScreen = """
        () => document.documentElement.scrollWidth <= window.innerWidth ? [] :
            [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
                .slice(0, 10)
                .map(e => `${e.tagName.toLowerCase()}#${e.id}.${e.className} (${Math.round(e.getBoundingClientRect().right)} px)`)
        """;

    private static string Rupiah(long amount) =>
        "Rp " + amount.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [GeneratedRegex("Signed out: .+ Sign in again\\.")]
    private static partial Regex SignedOut();
}
