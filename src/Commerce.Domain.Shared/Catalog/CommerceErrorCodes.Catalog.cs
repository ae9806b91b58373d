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
    }
}
