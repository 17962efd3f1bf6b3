using Cashless.MidtransEmulator.Notifications;

namespace Cashless.MidtransEmulator.Control;

/// <summary>
/// Query options shared by the scenario endpoints: <c>notify=false</c> (a lost notification), <c>duplicates=N</c>
/// (N extra copies), <c>amount=X</c> (announce another gross_amount, correctly signed), <c>forgeSignature=true</c>.
/// </summary>
public sealed record ScenarioQuery(bool? Notify, int? Duplicates, long? Amount, bool? ForgeSignature)
{
    public const int MaxDuplicates = 100;

    public string? Problem() => (Duplicates, Amount) switch
    {
        ( < 0 or > MaxDuplicates, _) => $"duplicates must be from 0 to {MaxDuplicates}",
        (_, <= 0) => "amount must be a positive integer",
        _ => null,
    };

    public NotificationOptions ToNotificationOptions() =>
        new(Notify ?? true, Duplicates ?? 0, Amount, ForgeSignature ?? false);
}
