namespace Commerce.ApplicationConfigurations;

public sealed record CurrentUserDto
{
    public bool IsAuthenticated { get; init; }

    public Guid? Id { get; init; }

    public string? UserName { get; init; }

    public string? Email { get; init; }

    public string? Name { get; init; }

    public IReadOnlyList<string> Roles { get; init; } = [];
}
