using Commerce.Payments;
using Commerce.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Payments;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("payments", PaymentsSchema.Name);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Provider).HasMaxLength(PaymentConsts.ProviderMaxLength);
        builder.Property(x => x.MethodName).HasMaxLength(PaymentMethodConsts.DisplayNameMaxLength);
        builder.Property(x => x.Currency).HasMaxLength(PaymentConsts.CurrencyLength).IsFixedLength();
        builder.Property(x => x.Status).HasMaxLength(24);
        builder.Property(x => x.ProviderReference).HasMaxLength(PaymentConsts.ProviderReferenceMaxLength);
        builder.Property(x => x.CardBrand).HasMaxLength(PaymentConsts.CardBrandMaxLength);
        builder.Property(x => x.CardLast4).HasMaxLength(PaymentConsts.CardLast4Length);
        foreach (var amount in new[] { nameof(Payment.Amount), nameof(Payment.AuthorizedAmount), nameof(Payment.CapturedAmount), nameof(Payment.RefundedAmount) })
            builder.Property<decimal>(amount).HasPrecision(PaymentConsts.MoneyPrecision, PaymentConsts.MoneyScale);
        builder.Ignore(x => x.Capturable);
        builder.Ignore(x => x.Refundable);
        builder.HasMany(x => x.Transactions).WithOne().HasForeignKey(t => new { t.TenantId, t.PaymentId }).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(x => x.Transactions).AutoInclude();
        builder.HasIndex(x => new { x.TenantId, x.OrderId });
        builder.HasIndex(x => new { x.TenantId, x.Provider, x.ProviderReference }).IsUnique().HasFilter("provider_reference IS NOT NULL");
    }
}
