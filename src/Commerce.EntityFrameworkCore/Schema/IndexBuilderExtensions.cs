using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Schema;

public static class IndexBuilderExtensions
{
    internal const string ErrorCodeAnnotation = "Commerce:ErrorCode";

    /// <summary>The error code a violation of this unique index is answered with.</summary>
    public static IndexBuilder<T> HasErrorCode<T>(this IndexBuilder<T> index, string code)
    {
        index.HasAnnotation(ErrorCodeAnnotation, code);
        return index;
    }
}
