namespace Commerce.EntityFrameworkCore.Schema;

/// <summary>The names of the global query filters, so one can be lifted without lifting the other.</summary>
public static class QueryFilters
{
    public const string Tenant = "Tenant";
    public const string SoftDelete = "SoftDelete";
}
