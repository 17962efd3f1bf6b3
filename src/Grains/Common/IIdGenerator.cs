namespace Cashless.Grains.Common;

/// <summary>Makes the opaque, time-ordered ids of the contract (usr_, pay_, top_, wdr_, ntf_, ent_).</summary>
public interface IIdGenerator
{
    string NewId(string prefix);
}
