namespace Cashless.Grains.Interfaces.TopUps;

[GenerateSerializer, Alias("Cashless.TopUpStatus")]
public enum TopUpStatus
{
    Pending = 0,
    AwaitingReview = 1,
    Settled = 2,
    Expired = 3,
    Cancelled = 4,
    Failed = 5,
    Rejected = 6,
    Flagged = 7,
    Reversed = 8,
}
