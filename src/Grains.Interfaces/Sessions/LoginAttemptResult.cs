namespace Cashless.Grains.Interfaces.Sessions;

/// <summary>How an admitted password check ended.</summary>
[GenerateSerializer, Alias("Cashless.LoginAttemptResult")]
public enum LoginAttemptResult
{
    /// <summary>The password was never judged (the client left, the hashing queue was full, a fault).</summary>
    NotJudged = 0,
    Failed = 1,
    Succeeded = 2,
}
