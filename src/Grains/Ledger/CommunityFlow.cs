using Cashless.Grains.Interfaces.Accounts;
using Cashless.Grains.Interfaces.TopUps;

namespace Cashless.Grains.Ledger;

/// <summary>
/// Money crossing the community's boundary: a journal entry of kind top-up, top-up reversal, withdrawal or withdrawal
/// reversal, with the top-up's channel where it has one. <see cref="Amount"/> is signed as in the journal.
/// </summary>
public sealed record CommunityFlow(DateTimeOffset At, EntryKind Kind, TopUpChannel? Channel, long Amount);
