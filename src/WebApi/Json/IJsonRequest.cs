namespace Cashless.WebApi.Json;

/// <summary>A request body read field by field by <see cref="JsonRequestReader"/>, so every shape error is a field error.</summary>
public interface IJsonRequest<out TSelf>
    where TSelf : IJsonRequest<TSelf>
{
    /// <summary>Reads the body; when <see cref="JsonRequestReader.IsValid"/> is false afterwards, the value is discarded.</summary>
    static abstract TSelf Read(JsonRequestReader reader);
}
