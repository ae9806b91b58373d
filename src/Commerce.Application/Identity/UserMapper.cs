namespace Commerce.Identity;

internal static class UserMapper
{
    public static UserDto ToDto(CommerceUser user, IEnumerable<string> roles) => new()
    {
        Id = user.Id,
        Email = user.Email!,
        Name = user.Name,
        Roles = roles.Order(StringComparer.Ordinal).ToList(),
        IsActive = user.IsActive,
        EmailConfirmed = user.EmailConfirmed,
        LockoutEnd = user.LockoutEnd,
        ConcurrencyStamp = user.ConcurrencyStamp!,
    };
}
