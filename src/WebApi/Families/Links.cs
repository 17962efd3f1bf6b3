using Cashless.Grains.Interfaces;
using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Ledger;

namespace Cashless.WebApi.Families;

/// <summary>Removing a link, by the student or an admin: the student's account is told, so its alerts stop going to that guardian.</summary>
public static class Links
{
    public static async Task<bool> RemoveAsync(IFamilyStore families, IGrainFactory grains, string guardianId, string studentId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(families);
        ArgumentNullException.ThrowIfNull(grains);
        if (!await families.RemoveGuardianLinkAsync(guardianId, studentId, ct))
        {
            return false;
        }

        await grains.Reference<IAccountGrain>(studentId).GuardiansChanged();
        return true;
    }
}
