namespace Cashless.MidtransEmulator.Transactions;

public enum TransitionOutcome
{
    Moved,
    NotFound,
    NotAllowed,
}
