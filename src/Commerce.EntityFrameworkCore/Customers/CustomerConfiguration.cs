using Commerce.Customers;
using Commerce.EntityFrameworkCore.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Customers;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("customers", "customers");
        builder.HasKey(x => new { x.TenantId, x.Id });
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Email).HasMaxLength(CustomerConsts.EmailMaxLength);
        builder.Property(x => x.NormalizedEmail).HasMaxLength(CustomerConsts.EmailMaxLength);
        builder.Property(x => x.Name).HasMaxLength(CustomerConsts.NameMaxLength);
        builder.Property(x => x.Phone).HasMaxLength(CustomerConsts.PhoneMaxLength);
        builder.Property(x => x.PasswordHash).HasMaxLength(512);
        builder.Property(x => x.SecurityStamp).HasMaxLength(64);
        builder.HasMany(x => x.Addresses).WithOne().HasForeignKey(a => new { a.TenantId, a.CustomerId }).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(x => x.Addresses).AutoInclude();

        // Emails are compared upper-cased, so the index is case-insensitive; a deleted account frees its email.
        builder.HasIndex(x => new { x.TenantId, x.NormalizedEmail }).IsUnique().HasFilter("is_deleted = false")
            .HasErrorCode(CommerceErrorCodes.Customers.DuplicateEmail);
    }
}
