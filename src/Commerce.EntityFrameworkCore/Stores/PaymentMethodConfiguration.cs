using Commerce.EntityFrameworkCore.Schema;
using Commerce.Stores;
using Commerce.Stores.PaymentMethods;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Stores;

internal sealed class PaymentMethodConfiguration : IEntityTypeConfiguration<PaymentMethod>
{
    public void Configure(EntityTypeBuilder<PaymentMethod> builder)
    {
        builder.ToTable("payment_methods", "stores");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Provider).HasMaxLength(PaymentMethodConsts.ProviderMaxLength);
        builder.Property(x => x.DisplayName).HasMaxLength(PaymentMethodConsts.DisplayNameMaxLength);
        builder.Property(x => x.Instructions).HasMaxLength(PaymentMethodConsts.InstructionsMaxLength);
        builder.Property(x => x.Settings).HasColumnType("jsonb");
        builder.HasOne<Store>().WithMany().HasForeignKey("TenantId", nameof(PaymentMethod.StoreId)).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex("TenantId", nameof(PaymentMethod.StoreId), nameof(PaymentMethod.Provider)).IsUnique().HasFilter("is_deleted = false")
            .HasErrorCode(CommerceErrorCodes.Stores.DuplicatePaymentMethod);
    }
}
