namespace Commerce.BlobStoring;

public static class BlobNameConsts
{
    /// <summary>S3's bucket-name rule, which every provider follows: 3 to 63 lower-case letters, digits and hyphens.</summary>
    public const int ContainerMaxLength = 63;

    public const int PathMaxLength = 512;
}
