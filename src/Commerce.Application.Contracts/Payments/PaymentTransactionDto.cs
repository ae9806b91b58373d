namespace Commerce.Payments;

/// <summary>One exchange with the provider: an authorization, capture, void, refund or failure, successful or not.</summary>
public sealed record PaymentTransactionDto
{
    public required Guid Id { get; init; }

    /// <summary>Authorize, Capture, Void, Refund (the operation asked for or reported by a webhook).</summary>
    public required string Kind { get; init; }

    public required bool Succeeded { get; init; }

    public required decimal Amount { get; init; }

    public string? ProviderReference { get; init; }

    public string? FailureCode { get; init; }

    public string? FailureMessage { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
