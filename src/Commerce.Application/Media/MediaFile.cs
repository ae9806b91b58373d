using Commerce.BlobStoring;

namespace Commerce.Media;

/// <summary>Where a public media file is kept, what it is, and the entity tag it is sent with.</summary>
public sealed record MediaFile(BlobName Blob, string ContentType, string ETag);
