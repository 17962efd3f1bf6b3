namespace Cashless.Grains.Common;

/// <summary>
/// Ids are a prefix plus a UUIDv7 in 32 lower-case hex digits: time-ordered (so lists sort by id), and within
/// the 50-character alphabet Midtrans accepts for an order_id.
/// </summary>
public sealed class UuidV7IdGenerator(TimeProvider clock) : IIdGenerator
{
    public string NewId(string prefix) => prefix + Guid.CreateVersion7(clock.GetUtcNow()).ToString("N");
}
