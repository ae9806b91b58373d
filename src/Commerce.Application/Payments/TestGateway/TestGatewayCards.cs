namespace Commerce.Payments.TestGateway;

/// <summary>The test gateway's card numbers with a behaviour of their own; any other valid number is approved.</summary>
public static class TestGatewayCards
{
    /// <summary>Approved: captured at once, or authorized when the method's capture mode is manual.</summary>
    public const string Approved = "4242424242424242";

    /// <summary>Declined with <c>Commerce:Payments:CardDeclined</c>.</summary>
    public const string Declined = "4000000000000002";

    /// <summary>Fails with <c>Commerce:Payments:ProcessingError</c>.</summary>
    public const string ProcessingError = "4000000000000119";

    /// <summary>Pending; a signed webhook confirms it a few seconds later.</summary>
    public const string ConfirmedLater = "4000000000003220";
}
