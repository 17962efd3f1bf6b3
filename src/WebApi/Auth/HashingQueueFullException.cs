namespace Cashless.WebApi.Auth;

/// <summary>The password-hashing queue is full: the request is answered 503 <c>overloaded</c> without being judged.</summary>
public sealed class HashingQueueFullException : Exception
{
    public HashingQueueFullException()
        : base("The password-hashing queue is full.")
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
