namespace Commerce;

public static partial class CommerceErrorCodes
{
    public static class Policies
    {
        public const string UnknownPolicy = "Commerce:Policies:UnknownPolicy";
        public const string InvalidPolicyValue = "Commerce:Policies:InvalidPolicyValue";
        public const string NotAllowedByPolicy = "Commerce:Policies:NotAllowedByPolicy";
    }
}
