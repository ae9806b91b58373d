namespace Commerce.Catalog.ProductImages;

/// <summary>The image whose thumbnails to make, and its tenant (the job runs as that tenant).</summary>
public sealed record GenerateProductImageThumbnailsArgs(Guid TenantId, Guid ImageId);
