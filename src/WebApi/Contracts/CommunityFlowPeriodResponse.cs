namespace Cashless.WebApi.Contracts;

/// <summary>One period of the community cash flow; <see cref="Start"/> is local midnight of <see cref="Date"/> as a UTC instant.</summary>
public sealed record CommunityFlowPeriodResponse(
    DateTime Start, DateOnly Date, ChannelAmounts In, OutflowAmounts Out, ReversalAmounts Reversals, long Net);
