using Cashless.WebApi.Errors;

namespace Cashless.WebApi.Auth;

/// <summary>The password-hashing queue is full: the request is answered 503 <c>overloaded</c> without being judged.</summary>
public sealed class HashingQueueFullException : ServiceBusyException
{
    public HashingQueueFullException()
        : base("The server is checking too many passwords right now; try again in a second.")
    {
    }

    public HashingQueueFullException(string message)
        : base(message)
    {
    }

    public HashingQueueFullException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
