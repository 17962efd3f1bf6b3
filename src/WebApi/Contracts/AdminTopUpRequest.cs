using Cashless.WebApi.Json;

namespace Cashless.WebApi.Contracts;

/// <summary>A cash-desk top-up of the user named by exactly one of <see cref="UserId"/> and <see cref="Email"/>.</summary>
public sealed record AdminTopUpRequest(long Amount, string? UserId = null, string? Email = null, string? Note = null) : IJsonRequest<AdminTopUpRequest>
{
    public const int MaxNoteLength = 200;

    public static AdminTopUpRequest Read(JsonRequestReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var userId = reader.Has("userId") ? reader.RequiredString("userId", 1, 100) : null;
        var email = reader.Has("email") ? reader.RequiredEmail("email") : null;
        if (!reader.Has("userId") && !reader.Has("email"))
        {
            reader.AddError("userId", "userId or email is required");
        }
        else if (reader.Has("userId") && reader.Has("email"))
        {
            reader.AddError("userId", "give userId or email, not both");
        }

        var amount = reader.RequiredAmount("amount", reader.Limits.SmallestTopUp, reader.Limits.MaxTransactionAmount);
        return new AdminTopUpRequest(amount, userId, email, reader.OptionalString("note", MaxNoteLength));
    }
}
