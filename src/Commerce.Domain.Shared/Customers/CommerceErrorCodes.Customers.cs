namespace Commerce;

public static partial class CommerceErrorCodes
{
    public static class Customers
    {
        public const string DuplicateEmail = "Commerce:Customers:DuplicateEmail";
        public const string TooManyAddresses = "Commerce:Customers:TooManyAddresses";
        public const string InvalidPassword = "Commerce:Customers:InvalidPassword";
        public const string InvalidResetToken = "Commerce:Customers:InvalidResetToken";
    }
}
