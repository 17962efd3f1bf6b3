namespace Cashless.Grains.Ledger;

/// <summary>A guardian linked to a student, with both users' names for the lists that show them.</summary>
public sealed record GuardianLink(
    string GuardianId, string GuardianName, string StudentId, string StudentName, DateTimeOffset CreatedAt);
