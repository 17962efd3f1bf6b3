using Microsoft.AspNetCore.Mvc;

namespace Cashless.WebApi.Json;

/// <summary>A handler argument that binds itself and may have failed; <see cref="BindingProblemFilter"/> answers the failure.</summary>
public interface IBoundRequest
{
    ProblemDetails? Problem { get; }
}
