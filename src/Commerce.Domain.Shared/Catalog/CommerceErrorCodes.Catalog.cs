namespace Commerce;

public static partial class CommerceErrorCodes
{
    public static class Catalog
    {
        public const string DuplicateAttributeSetName = "Commerce:Catalog:DuplicateAttributeSetName";
        public const string DuplicateAttributeCode = "Commerce:Catalog:DuplicateAttributeCode";
        public const string InvalidAttributeCode = "Commerce:Catalog:InvalidAttributeCode";
        public const string InvalidAttributeOptions = "Commerce:Catalog:InvalidAttributeOptions";
        public const string AttributeSetInUse = "Commerce:Catalog:AttributeSetInUse";
        public const string UnknownAttribute = "Commerce:Catalog:UnknownAttribute";
        public const string MissingRequiredAttribute = "Commerce:Catalog:MissingRequiredAttribute";
        public const string InvalidAttributeValue = "Commerce:Catalog:InvalidAttributeValue";
        public const string InvalidHandle = "Commerce:Catalog:InvalidHandle";
        public const string DuplicateCategoryHandle = "Commerce:Catalog:DuplicateCategoryHandle";
        public const string CategoryNotFound = "Commerce:Catalog:CategoryNotFound";
        public const string CategoryMoveCreatesCycle = "Commerce:Catalog:CategoryMoveCreatesCycle";
        public const string CategoryHasChildren = "Commerce:Catalog:CategoryHasChildren";
        public const string InvalidSiblingOrder = "Commerce:Catalog:InvalidSiblingOrder";
        public const string AttributeSetNotFound = "Commerce:Catalog:AttributeSetNotFound";
        public const string ProductLimitReached = "Commerce:Catalog:ProductLimitReached";
        public const string DuplicateProductHandle = "Commerce:Catalog:DuplicateProductHandle";
        public const string DuplicateSku = "Commerce:Catalog:DuplicateSku";
        public const string InvalidStatusTransition = "Commerce:Catalog:InvalidStatusTransition";
        public const string InvalidProductOptions = "Commerce:Catalog:InvalidProductOptions";
        public const string InvalidVariantOptions = "Commerce:Catalog:InvalidVariantOptions";
        public const string DuplicateVariantOptions = "Commerce:Catalog:DuplicateVariantOptions";
        public const string TooManyVariants = "Commerce:Catalog:TooManyVariants";
        public const string LastVariant = "Commerce:Catalog:LastVariant";
        public const string InvalidPrice = "Commerce:Catalog:InvalidPrice";
        public const string InvalidSpecialPriceWindow = "Commerce:Catalog:InvalidSpecialPriceWindow";
        public const string StoreNotFound = "Commerce:Catalog:StoreNotFound";
        public const string InvalidStoreIds = "Commerce:Catalog:InvalidStoreIds";
    }
}
