namespace Commerce.Media;

/// <summary>What the content of an uploaded file turned out to be: its type, and its size as it is shown (EXIF rotation applied).</summary>
internal sealed record InspectedImage(string ContentType, int Width, int Height, long ByteSize);
