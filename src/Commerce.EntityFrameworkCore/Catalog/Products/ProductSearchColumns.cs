using Commerce.Catalog.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace Commerce.EntityFrameworkCore.Catalog.Products;

/// <summary>
/// The columns the product search reads, kept by <see cref="ProductSaveInterceptor"/> on every save: the words
/// (title, handle, tags, SKUs) as a generated tsvector for full-text search, and the normalized title and SKUs for
/// pg_trgm's word similarity. Both GIN indexes start with tenant_id (btree_gin).
/// </summary>
internal static class ProductSearchColumns
{
    public const string SearchText = "SearchText";
    public const string FuzzyText = "FuzzyText";
    public const string SearchVector = "SearchVector";

    public static void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.Property<string>(SearchText).IsRequired().HasDefaultValue(string.Empty);
        builder.Property<string>(FuzzyText).IsRequired().HasDefaultValue(string.Empty);
        builder.Property<NpgsqlTsVector>(SearchVector).HasComputedColumnSql("to_tsvector('simple'::regconfig, search_text)", stored: true);
        builder.HasIndex(nameof(Product.TenantId), SearchVector).HasMethod("gin");
        builder.HasIndex(nameof(Product.TenantId), FuzzyText).HasMethod("gin").HasOperators("uuid_ops", "gin_trgm_ops");
        builder.Metadata.Model.GetOrAddPostgresExtension(null, "pg_trgm", null);
        builder.Metadata.Model.GetOrAddPostgresExtension(null, "btree_gin", null);
        CatalogDbFunctions.Register(builder.Metadata.Model);
    }
}
