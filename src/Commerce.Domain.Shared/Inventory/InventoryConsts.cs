namespace Commerce.Inventory;

public static class InventoryConsts
{
    public const int NoteMaxLength = 512;
    public const int ReferenceMaxLength = 64;
    public const int MaxQuantity = 1_000_000_000;
    public const int MaxBulkItems = 500;
    public const int DefaultLowStockThreshold = 5;
}
