namespace Cashless.MidtransEmulator.Transactions;

/// <summary>The result of asking for a status change; <see cref="Transaction"/> is the stored copy afterwards, if any.</summary>
public sealed record Transition(TransitionOutcome Outcome, Transaction? Transaction);
