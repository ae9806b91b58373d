namespace Commerce.Customers;

/// <summary>The outcome of checking a customer's credentials: the customer, or why not (never which part was wrong).</summary>
public sealed record CustomerSignInResultDto
{
    public CustomerDto? Customer { get; init; }

    public bool IsLockedOut { get; init; }

    public bool Succeeded => Customer is not null;
}
