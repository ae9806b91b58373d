namespace Commerce.EntityFrameworkCore.Payments;

internal static class PaymentsSchema
{
    public const string Name = "payments";
}
