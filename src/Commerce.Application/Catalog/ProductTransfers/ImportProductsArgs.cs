namespace Commerce.Catalog.ProductTransfers;

/// <summary>The import to run, and its tenant (the job runs as that tenant).</summary>
public sealed record ImportProductsArgs(Guid TenantId, Guid ImportId);
