using Riok.Mapperly.Abstractions;

namespace Commerce.Payments;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target, EnumMappingStrategy = EnumMappingStrategy.ByName)]
internal static partial class PaymentMapper
{
    public static PaymentOutcomeDto ToOutcome(Payment payment, PaymentProviderResult? result) => new()
    {
        PaymentId = payment.Id,
        Status = payment.Status,
        FailureCode = result is { Succeeded: false } ? result.FailureCode : null,
        FailureMessage = result is { Succeeded: false } ? result.FailureMessage : null,
        NextActionUrl = result?.NextActionUrl,
        ClientSecret = result?.ClientSecret,
    };

    [MapProperty(nameof(Payment.CreationTime), nameof(PaymentDto.CreatedAt))]
    [MapProperty(nameof(Payment.Transactions), nameof(PaymentDto.Transactions), Use = nameof(OldestFirst))]
    public static partial PaymentDto ToDto(Payment payment);

    private static partial PaymentTransactionDto ToDto(PaymentTransaction transaction);

    private static IReadOnlyList<PaymentTransactionDto> OldestFirst(IReadOnlyList<PaymentTransaction> transactions) =>
        [.. transactions.OrderBy(t => t.Sequence).Select(ToDto)];
}
