namespace Commerce;

public static partial class CommerceErrorCodes
{
    public static class MultiTenancy
    {
        public const string TenantNotFound = "Commerce:MultiTenancy:TenantNotFound";
        public const string TenantUnavailable = "Commerce:MultiTenancy:TenantUnavailable";
        public const string TenantMismatch = "Commerce:MultiTenancy:TenantMismatch";
        public const string DuplicateTenantSlug = "Commerce:MultiTenancy:DuplicateTenantSlug";
        public const string InvalidTenantSlug = "Commerce:MultiTenancy:InvalidTenantSlug";
        public const string TenantIdImmutable = "Commerce:MultiTenancy:TenantIdImmutable";
        public const string TenantRequired = "Commerce:MultiTenancy:TenantRequired";
        public const string EditionNotFound = "Commerce:MultiTenancy:EditionNotFound";
        public const string TenantAlreadySuspended = "Commerce:MultiTenancy:TenantAlreadySuspended";
        public const string TenantNotSuspended = "Commerce:MultiTenancy:TenantNotSuspended";
    }
}
