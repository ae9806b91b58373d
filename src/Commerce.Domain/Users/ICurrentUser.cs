namespace Commerce.Users;

/// <summary>The user the current code acts for, read from the current principal's claims.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid? Id { get; }

    string? UserName { get; }

    Guid? TenantId { get; }

    IReadOnlyList<string> Roles { get; }
}
