namespace Cashless.Silo.Storage;

/// <summary>
/// A statement of a write. A conditional one (a version or state check in its WHERE) carries the refusal it stands
/// for when it touches any number of rows but one; either way a statement that breaks a constraint refuses the write.
/// </summary>
internal sealed record WriteStatement(StoreStatement Statement, string? RefusedUnlessOneRow = null);
