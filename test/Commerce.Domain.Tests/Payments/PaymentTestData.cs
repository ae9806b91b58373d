using Commerce.Stores.PaymentMethods;

namespace Commerce.Payments;

/// <summary>Payments and provider results for the domain tests.</summary>
internal static class PaymentTestData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    public static Payment Payment(string provider = PaymentProviderDefinitions.TestGateway, decimal amount = 100m)
    {
        var method = new PaymentMethod(Guid.CreateVersion7(), Guid.CreateVersion7(), provider, "Card");
        return new Payment(Guid.CreateVersion7(), method, Guid.CreateVersion7(), amount, "EUR");
    }

    public static PaymentProviderResult Result(PaymentTransactionKind kind, PaymentStatus status, decimal amount, bool succeeded = true, string? reference = null) =>
        new() { Kind = kind, Status = status, Amount = amount, Succeeded = succeeded, PaymentReference = "pi_1", ProviderReference = reference };

    public static PaymentTransaction Apply(this Payment payment, PaymentProviderResult result) => payment.Apply(Guid.CreateVersion7(), result, Now);

    public static Payment Captured(decimal amount = 100m)
    {
        var payment = Payment(amount: amount);
        payment.Apply(Result(PaymentTransactionKind.Capture, PaymentStatus.Captured, amount));
        return payment;
    }
}
