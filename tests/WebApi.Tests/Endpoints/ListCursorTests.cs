using Cashless.WebApi.Endpoints;

namespace Cashless.WebApi.Tests.Endpoints;

public sealed class ListCursorTests
{
    [Theory]
    [InlineData("42")]
    [InlineData("usr_0190f0f47a4b7c3d8e5f0123456789ab")]
    public void TryUnwrap_WrappedCursor_GivesTheStoreCursorBack(string storeCursor)
    {
        Assert.True(ListCursor.TryUnwrap(ListCursor.Wrap(storeCursor)!, out var unwrapped));
        Assert.Equal(storeCursor, unwrapped);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("c1.")]
    [InlineData("c1.***")]
    [InlineData("c2.NDI")]
    public void TryUnwrap_AnythingElse_ReturnsFalse(string cursor) => Assert.False(ListCursor.TryUnwrap(cursor, out _));

    [Fact]
    public void Wrap_NoNextPage_IsNull() => Assert.Null(ListCursor.Wrap(null));
}
