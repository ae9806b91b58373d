namespace Commerce;

public static partial class CommerceErrorCodes
{
    public static class Stores
    {
        public const string StoreLimitReached = "Commerce:Stores:StoreLimitReached";
        public const string InvalidStoreSlug = "Commerce:Stores:InvalidStoreSlug";
        public const string DuplicateStoreSlug = "Commerce:Stores:DuplicateStoreSlug";
        public const string DuplicateDomain = "Commerce:Stores:DuplicateDomain";
        public const string InvalidDomain = "Commerce:Stores:InvalidDomain";
        public const string TooManyDomains = "Commerce:Stores:TooManyDomains";
        public const string InvalidCurrency = "Commerce:Stores:InvalidCurrency";
        public const string InvalidLocale = "Commerce:Stores:InvalidLocale";
        public const string InvalidTimeZone = "Commerce:Stores:InvalidTimeZone";
        public const string InvalidColor = "Commerce:Stores:InvalidColor";
        public const string InvalidUrl = "Commerce:Stores:InvalidUrl";
        public const string TooManyBanners = "Commerce:Stores:TooManyBanners";
        public const string LastStoreCannotBeDeleted = "Commerce:Stores:LastStoreCannotBeDeleted";
        public const string InvalidShippingRates = "Commerce:Stores:InvalidShippingRates";
        public const string InvalidDestination = "Commerce:Stores:InvalidDestination";
        public const string DuplicatePaymentMethod = "Commerce:Stores:DuplicatePaymentMethod";
        public const string UnknownPaymentProvider = "Commerce:Stores:UnknownPaymentProvider";
        public const string PaymentSettingRequired = "Commerce:Stores:PaymentSettingRequired";
        public const string InvalidPaymentSetting = "Commerce:Stores:InvalidPaymentSetting";
        public const string UnknownPaymentSetting = "Commerce:Stores:UnknownPaymentSetting";
        public const string InvalidTaxRate = "Commerce:Stores:InvalidTaxRate";
    }
}
