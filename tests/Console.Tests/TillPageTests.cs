using System.Globalization;
using Cashless.Console.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Cashless.Console.Tests;

/// <summary>The till page in headless Chromium against the real WebApi: a cashier rings up, a buyer pays through the API.</summary>
[Collection(ConsoleTestGroup.Name)]
public sealed class TillPageTests(ConsoleFixture fixture) : IAsyncLifetime
{
    private readonly List<string> _browserErrors = [];
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _page = await fixture.Browser.Context.NewPageAsync();
        await _page.SetViewportSizeAsync(820, 1180);
        _page.SetDefaultTimeout(15_000);
        _page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _browserErrors.Add(message.Text);
            }
        };
        _page.PageError += (_, error) => _browserErrors.Add(error);
    }

    public Task DisposeAsync() => _page.CloseAsync();

    [SkippableFact]
    public async Task RingUp_BuyerPaysThroughTheApi_TillShowsPaidAtOnce_ThenRefundsPartOfIt()
    {
        var api = fixture.Api;
        var seller = await api.SignUpAsync("Kantin Bu Sri", SeedApi.NewEmail("kantin"), "seller");
        var cashierEmail = SeedApi.NewEmail("rina");
        await api.PostAsync("cashiers", seller, new { name = "Rina", email = cashierEmail, password = SeedApi.Password });
        var sitiEmail = SeedApi.NewEmail("siti");
        var siti = await api.SignUpAsync("Siti", sitiEmail, "buyer");
        var admin = await api.LoginAsync(ConsoleServer.AdminEmail, ConsoleServer.AdminPassword);
        await api.PostAsync("admin/topups", admin, new { email = sitiEmail, amount = 50_000 });

        // Signed in and rung up with the keyboard only.
        await _page.GotoAsync(new Uri(fixture.Server.BaseAddress, "till").ToString());
        await _page.Locator("#login-email").FillAsync(cashierEmail);
        await _page.Keyboard.PressAsync("Tab");
        await _page.Keyboard.TypeAsync(SeedApi.Password);
        await _page.Keyboard.PressAsync("Enter");
        await Expect(_page.Locator("#who-name")).ToContainTextAsync("Rina (cashier)");
        await Expect(_page.Locator("#feed-state")).ToHaveTextAsync("live");
        await Expect(_page.Locator("#sale-amount")).ToBeFocusedAsync();
        await _page.Keyboard.TypeAsync("12.000");
        await _page.Keyboard.PressAsync("Tab");
        await _page.Keyboard.TypeAsync("Nasi goreng");
        await _page.Keyboard.PressAsync("Enter");

        await Expect(_page.Locator("#request-status")).ToContainTextAsync("Waiting for payment");
        await Expect(_page.Locator("#request-amount")).ToHaveTextAsync(Rupiah(12_000));
        await Expect(_page.Locator("#request-qr svg")).ToBeVisibleAsync();
        var payload = await _page.Locator("#request-payload").TextContentAsync();
        Assert.StartsWith("cashless:pr_", payload, StringComparison.Ordinal);
        await _page.ScreenshotAsync(new() { Path = Artifacts.PathOf("till-tablet-qr.png") });

        var requestId = payload!["cashless:".Length..];
        await api.PostAsync($"payment-requests/{requestId}/pay", siti, idempotencyKey: "till-test-1");

        await Expect(_page.Locator("#request-status")).ToHaveTextAsync("Paid ✓ Siti");
        await Expect(_page.Locator("#request-next")).ToBeFocusedAsync();
        var sale = _page.Locator("#sales-rows tr", new() { HasText = "Siti" });
        await Expect(sale).ToContainTextAsync(Rupiah(12_000));
        await _page.ScreenshotAsync(new() { Path = Artifacts.PathOf("till-tablet.png") });

        await sale.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(_page.Locator("#refund-dialog")).ToBeVisibleAsync();
        await _page.Locator("#refund-amount").FillAsync("2000");
        await _page.Keyboard.PressAsync("Enter");
        await Expect(_page.Locator("#flash")).ToContainTextAsync($"Refunded {Rupiah(2_000)} to Siti");
        await Expect(sale.Locator("td[data-label=Refunded]")).ToHaveTextAsync(Rupiah(2_000));

        Assert.Equal(40_000, (await api.GetAsync("wallet", siti)).GetProperty("balance").GetInt64());
        Assert.Equal(10_000, (await api.GetAsync("wallet", seller)).GetProperty("balance").GetInt64());
        var sitiJournal = (await api.GetAsync("wallet/transactions", siti)).GetProperty("items");
        Assert.Equal("refund", sitiJournal[0].GetProperty("kind").GetString());

        await _page.SetViewportSizeAsync(390, 844);
        await _page.Locator("#request-next").ClickAsync();
        await _page.Locator("#sale-amount").FillAsync("8000");
        await _page.Keyboard.PressAsync("Enter");
        await Expect(_page.Locator("#request-qr svg")).ToBeVisibleAsync();
        await _page.EvaluateAsync("() => window.scrollTo(0, 0)");
        Assert.True(await _page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the till is wider than a phone");
        await _page.ScreenshotAsync(new() { Path = Artifacts.PathOf("till-phone.png") });
        Assert.Empty(_browserErrors);
    }

    /// <summary>The sign-in shell the till shares with the console: another role is refused and its new session ended.</summary>
    [SkippableFact]
    public async Task SignIn_AsBuyer_IsRefusedAndTheSessionEnded()
    {
        var email = SeedApi.NewEmail("dewi");
        await fixture.Api.SignUpAsync("Dewi Lestari", email, "buyer");
        var loggedOut = _page.WaitForResponseAsync(response => response.Url.EndsWith("/api/v1/auth/logout", StringComparison.Ordinal));

        await _page.GotoAsync(new Uri(fixture.Server.BaseAddress, "till").ToString());
        await _page.Locator("#login-email").FillAsync(email);
        await _page.Locator("#login-password").FillAsync(SeedApi.Password);
        await _page.Keyboard.PressAsync("Enter");

        await Expect(_page.Locator("#login-error")).ToContainTextAsync("This page is for sellers and their cashiers.");
        Assert.Equal(204, (await loggedOut).Status);
        await Expect(_page.Locator("#till")).ToBeHiddenAsync();
        Assert.Null(await _page.EvaluateAsync<string?>("() => sessionStorage.getItem('cashless.till.token')"));
        Assert.Empty(_browserErrors);
    }

    private static string Rupiah(long amount) =>
        "Rp " + amount.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
