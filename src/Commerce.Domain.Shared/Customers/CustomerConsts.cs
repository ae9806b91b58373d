namespace Commerce.Customers;

public static class CustomerConsts
{
    public const int EmailMaxLength = 256;

    public const int NameMaxLength = 128;

    public const int PhoneMaxLength = 32;

    public const int PasswordMinLength = 10;

    public const int PasswordMaxLength = 128;

    public const int MaxAddressCount = 20;

    public const int MaxFailedSignIns = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
}
