namespace Cashless.WebApi.Contracts;

/// <summary>The community's bank account that bank-transfer top-ups are sent to.</summary>
public sealed record TransferDestination(string Bank, string AccountNumber, string AccountName);
