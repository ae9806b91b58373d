using Commerce.EntityFrameworkCore.Schema;
using Commerce.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Payments;

internal sealed class PaymentTransactionConfiguration : IEntityTypeConfiguration<PaymentTransaction>
{
    public void Configure(EntityTypeBuilder<PaymentTransaction> builder)
    {
        builder.ToTable("payment_transactions", PaymentsSchema.Name);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Kind).HasMaxLength(16);
        builder.Property(x => x.Amount).HasPrecision(PaymentConsts.MoneyPrecision, PaymentConsts.MoneyScale);
        builder.Property(x => x.ProviderReference).HasMaxLength(PaymentConsts.ProviderReferenceMaxLength);
        builder.Property(x => x.FailureCode).HasMaxLength(PaymentConsts.FailureCodeMaxLength);
        builder.Property(x => x.FailureMessage).HasMaxLength(PaymentConsts.FailureMessageMaxLength);
        builder.Property(x => x.EventId).HasMaxLength(PaymentConsts.ProviderReferenceMaxLength);

        // Two changes of one payment made side by side number their transactions alike: the later one is stale (409),
        // also when it left the payment's own row untouched, so a provider redelivers it.
        builder.HasIndex(x => new { x.TenantId, x.PaymentId, x.Sequence }).IsUnique().HasErrorCode(CommerceErrorCodes.StaleVersion);
    }
}
