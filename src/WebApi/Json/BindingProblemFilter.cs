namespace Cashless.WebApi.Json;

/// <summary>Answers with the problem of the first argument that failed to bind, before the handler runs.</summary>
public sealed class BindingProblemFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        foreach (var argument in context.Arguments)
        {
            if (argument is IBoundRequest { Problem: { } problem })
            {
                return TypedResults.Problem(problem);
            }
        }

        return await next(context);
    }
}
