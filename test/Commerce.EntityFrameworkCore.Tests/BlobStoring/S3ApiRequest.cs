namespace Commerce.EntityFrameworkCore.BlobStoring;

/// <summary>A request the stand-in answered: the operation, the prefix listed, and how many keys it listed or named.</summary>
internal sealed record S3ApiRequest(string Operation, string? Prefix, int KeyCount);
