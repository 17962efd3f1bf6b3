using Cashless.Grains.Ledger;

namespace Cashless.WebApi.Families;

/// <summary>Whether a guardian is linked to a student: every child endpoint asks first, and answers 404 otherwise.</summary>
public static class ChildAccess
{
    public static async Task<bool> IsLinkedAsync(IFamilyStore store, string guardianId, string studentId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var links = await store.ListGuardianLinksAsync(guardianId, studentId: null, ct);
        return links.Any(link => link.StudentId == studentId);
    }
}
