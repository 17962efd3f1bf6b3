using Cashless.Grains.Ledger;

namespace Cashless.WebApi.Contracts;

public sealed record GuardianLinkResponse(string GuardianId, string GuardianName, string StudentId, string StudentName, DateTime LinkedAt)
{
    public static GuardianLinkResponse Of(GuardianLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return new GuardianLinkResponse(link.GuardianId, link.GuardianName, link.StudentId, link.StudentName, ApiTime.Of(link.CreatedAt));
    }
}
