using System.ComponentModel.DataAnnotations;
using Cashless.WebApi.Contracts;

namespace Cashless.WebApi.TopUps;

/// <summary>
/// The "BankTransfer:Destination" section: the community's account that bank-transfer top-ups are sent to. The
/// defaults (repeated in appsettings.json) are an example account for development; a deployment sets its own.
/// </summary>
public sealed class BankTransferOptions
{
    public const string Section = "BankTransfer:Destination";

    [Required]
    [StringLength(50, MinimumLength = 1)]
    public string Bank { get; set; } = "bca";

    [Required]
    [StringLength(34, MinimumLength = 1)]
    public string AccountNumber { get; set; } = "0000000000";

    [Required]
    [StringLength(100, MinimumLength = 1)]
    public string AccountName { get; set; } = "Cashless Community (example: set BankTransfer:Destination)";

    public TransferDestination ToDestination() => new(Bank, AccountNumber, AccountName);
}
