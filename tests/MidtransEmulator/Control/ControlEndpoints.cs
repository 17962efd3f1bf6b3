using Cashless.MidtransEmulator.Faults;
using Cashless.MidtransEmulator.Transactions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cashless.MidtransEmulator.Control;

/// <summary>Emulator-only endpoints (no auth) that drive scenarios the real gateway would produce on its own.</summary>
public static class ControlEndpoints
{
    private static readonly (string Action, TransactionStatus Target)[] Moves =
    [
        ("pay", TransactionStatus.Settlement),
        ("expire", TransactionStatus.Expire),
        ("cancel", TransactionStatus.Cancel),
        ("deny", TransactionStatus.Deny),
    ];

    public static void MapControl(this IEndpointRouteBuilder routes)
    {
        var control = routes.MapGroup("/_emulator").WithTags("Emulator control");
        var transactions = control.MapGroup("/transactions");
        transactions.MapGet("/", (EmulatorState state) => TypedResults.Ok(state.Orders()))
            .WithName("ListOrders").WithSummary("Everything stored, per order_id");
        transactions.MapGet("/{orderId}", GetOrder).WithName("GetOrder").WithSummary("One order_id: charges received, transactions, notifications");
        foreach (var (action, target) in Moves)
        {
            transactions.MapPost($"/{{orderId}}/{action}", (string orderId, [AsParameters] ScenarioQuery query, TransactionLifecycle lifecycle) =>
                    Move(orderId, target, query, lifecycle))
                .WithName($"Scenario_{action}").WithSummary($"Move the transaction to {target.ToWire()} and notify");
        }
        transactions.MapPost("/{orderId}/notify", Notify).WithName("Scenario_notify").WithSummary("Send a notification with any status, whatever the state");
        control.MapPost("/faults", SetFaults).WithName("SetFaults").WithSummary("Make charge and/or status calls fail until reset");
        control.MapDelete("/faults", (EmulatorState state) => SetFaults(FaultSettings.None, state))
            .WithName("ResetFaults").WithSummary("Answer normally again");
        control.MapPost("/clock/advance", AdvanceClock).WithName("AdvanceClock").WithSummary("Move the emulator's clock forward and expire what is due");
    }

    private static Results<Ok<OrderView>, NotFound<ControlError>> GetOrder(string orderId, EmulatorState state) =>
        state.Order(orderId) is { } order ? TypedResults.Ok(order) : UnknownOrder(orderId);

    private static Results<Ok<Transaction>, NotFound<ControlError>, Conflict<ControlError>, BadRequest<ControlError>> Move(
        string orderId, TransactionStatus target, ScenarioQuery query, TransactionLifecycle lifecycle)
    {
        if (query.Problem() is { } problem)
        {
            return TypedResults.BadRequest(new ControlError(problem));
        }
        var transition = lifecycle.Move(orderId, target, query.ToNotificationOptions());
        return transition switch
        {
            { Outcome: TransitionOutcome.Moved, Transaction: { } moved } => TypedResults.Ok(moved),
            { Outcome: TransitionOutcome.NotAllowed, Transaction: { } current } =>
                TypedResults.Conflict(new ControlError($"cannot move {current.Status.ToWire()} to {target.ToWire()}")),
            _ => UnknownOrder(orderId),
        };
    }

    private static Results<Ok<Transaction>, NotFound<ControlError>, BadRequest<ControlError>> Notify(
        string orderId, [FromQuery] string? status, [AsParameters] ScenarioQuery query, EmulatorState state, TransactionLifecycle lifecycle)
    {
        if (!TransactionStatusWire.TryParse(status, out var announced))
        {
            return TypedResults.BadRequest(new ControlError("status must be pending, settlement, expire, cancel or deny"));
        }
        if (query.Problem() is { } problem)
        {
            return TypedResults.BadRequest(new ControlError(problem));
        }
        if (state.Find(orderId) is not { } transaction)
        {
            return UnknownOrder(orderId);
        }
        lifecycle.Announce(transaction, announced, query.ToNotificationOptions() with { Send = true });
        return TypedResults.Ok(transaction);
    }

    private static Ok<FaultSettings> SetFaults(FaultSettings faults, EmulatorState state)
    {
        state.Faults = faults;
        return TypedResults.Ok(faults);
    }

    private static Results<Ok<DateTimeOffset>, BadRequest<ControlError>> AdvanceClock(
        [FromQuery] int seconds, EmulatorClock clock, TransactionLifecycle lifecycle)
    {
        if (seconds < 0)
        {
            return TypedResults.BadRequest(new ControlError("seconds must not be negative"));
        }
        clock.Advance(TimeSpan.FromSeconds(seconds));
        lifecycle.ExpireOverdue();
        return TypedResults.Ok(clock.GetUtcNow());
    }

    private static NotFound<ControlError> UnknownOrder(string orderId) =>
        TypedResults.NotFound(new ControlError($"unknown order_id or transaction_id '{orderId}'"));
}
