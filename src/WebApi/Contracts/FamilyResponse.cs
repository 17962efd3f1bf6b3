namespace Cashless.WebApi.Contracts;

/// <summary>An admin's view of a user's family: the guardians linked to a student, the students linked to a guardian, and a student's spending rules.</summary>
public sealed record FamilyResponse(
    IReadOnlyList<GuardianLinkResponse> Guardians, IReadOnlyList<GuardianLinkResponse> Children, SpendingResponse? Spending);
