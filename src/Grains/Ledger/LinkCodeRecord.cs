namespace Cashless.Grains.Ledger;

/// <summary>A one-time link code as stored: only its hash, the student it links to, who made it, and until when it works.</summary>
public sealed record LinkCodeRecord(string CodeHash, string StudentId, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
