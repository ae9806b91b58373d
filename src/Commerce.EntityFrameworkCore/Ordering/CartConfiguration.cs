using Commerce.Ordering.Carts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Ordering;

internal sealed class CartConfiguration : IEntityTypeConfiguration<Cart>
{
    public void Configure(EntityTypeBuilder<Cart> builder)
    {
        builder.ToTable("carts", OrderingSchema.Name);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.VisitorTokenHash).HasMaxLength(64).IsFixedLength();
        builder.OwnsMany(x => x.Lines, line =>
        {
            line.ToTable("cart_lines", OrderingSchema.Name, t => t.HasCheckConstraint("ck_cart_lines_quantity", "quantity > 0"));
            line.WithOwner().HasForeignKey("TenantId", "CartId");
            line.HasKey("TenantId", "CartId", nameof(CartLine.VariantId));
            line.Property(l => l.VariantId).ValueGeneratedNever();
        });
        builder.Navigation(x => x.Lines).AutoInclude();
        builder.HasIndex(x => new { x.TenantId, x.StoreId, x.VisitorTokenHash }).IsUnique().HasFilter("visitor_token_hash IS NOT NULL");
        builder.HasIndex(x => new { x.TenantId, x.StoreId, x.CustomerId }).IsUnique().HasFilter("customer_id IS NOT NULL");
        builder.HasIndex(x => new { x.TenantId, x.UpdatedAt });
    }
}
