namespace Commerce.Identity;

public static class IdentityUserConsts
{
    public const int UserNameMaxLength = 256;
    public const int EmailMaxLength = 256;
    public const int NameMaxLength = 128;
    public const int PasswordMinLength = 10;
    public const int PasswordMaxLength = 128;
}
