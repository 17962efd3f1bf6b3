namespace Cashless.Grains.Common;

/// <summary>Always-on checks (not Debug.Assert): a money system must stop rather than write a wrong number.</summary>
public static class Invariant
{
    public static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantViolationException(message);
        }
    }
}
