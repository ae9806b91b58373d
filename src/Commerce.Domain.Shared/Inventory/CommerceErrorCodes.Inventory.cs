namespace Commerce;

public static partial class CommerceErrorCodes
{
    public static class Inventory
    {
        public const string InsufficientStock = "Commerce:Inventory:InsufficientStock";
        public const string StockBelowReserved = "Commerce:Inventory:StockBelowReserved";
        public const string InvalidQuantity = "Commerce:Inventory:InvalidQuantity";
        public const string DuplicateBulkItem = "Commerce:Inventory:DuplicateBulkItem";
    }
}
