namespace Commerce.Payments.TestGateway;

/// <summary>The body of a test gateway webhook, signed in the Commerce-Signature header.</summary>
public sealed record TestGatewayEvent
{
    public required string Id { get; init; }

    /// <summary>One of <see cref="TestGatewayEventTypes"/>.</summary>
    public required string Type { get; init; }

    public required long Created { get; init; }

    public required TestGatewayEventData Data { get; init; }
}
