namespace Cashless.WebApi.Errors;

/// <summary>
/// Work refused because a bounded queue of this node is full: answered 503 <c>overloaded</c> with <see cref="Exception.Message"/>
/// as the detail, nothing done. The queues that refuse derive from it, so this layer needs to know none of them.
/// </summary>
public abstract class ServiceBusyException : Exception
{
    protected ServiceBusyException(string message)
        : base(message)
    {
    }

    protected ServiceBusyException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
