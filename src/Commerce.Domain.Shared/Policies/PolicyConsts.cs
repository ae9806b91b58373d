namespace Commerce.Policies;

public static class PolicyConsts
{
    public const int NameMaxLength = 128;
    public const int ValueMaxLength = 1024;
}
