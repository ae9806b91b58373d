using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Commerce.TestBase.Builders;

/// <summary>Real image files, made in the test: encoded by SkiaSharp, or written byte by byte where Skia has no encoder (GIF) or the file is meant to lie.</summary>
public static class TestImages
{
    /// <summary>A picture of one color with a differently colored top-left quarter, so orientation can be checked.</summary>
    public static byte[] Encode(SKEncodedImageFormat format, int width, int height, SKColor? color = null)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(color ?? SKColors.SteelBlue);
            using var paint = new SKPaint { Color = SKColors.Gold };
            canvas.DrawRect(0, 0, width / 2f, height / 2f, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    public static byte[] Png(int width, int height) => Encode(SKEncodedImageFormat.Png, width, height);

    public static byte[] Jpeg(int width, int height) => Encode(SKEncodedImageFormat.Jpeg, width, height);

    public static byte[] Webp(int width, int height) => Encode(SKEncodedImageFormat.Webp, width, height);

    /// <summary>A GIF with one frame per color, each filled with it. Its LZW data holds literal codes only, with a clear code often enough that the code width never grows.</summary>
    public static byte[] Gif(int width, int height, params SKColor[] frames)
    {
        var gif = new List<byte>();
        gif.AddRange("GIF89a"u8.ToArray());
        AddUInt16(gif, width);
        AddUInt16(gif, height);
        gif.AddRange([0xF1, 0, 0]); // a global table of 4 colors
        for (var i = 0; i < 4; i++)
        {
            var color = i < frames.Length ? frames[i] : SKColors.Black;
            gif.AddRange([color.Red, color.Green, color.Blue]);
        }

        for (var frame = 0; frame < frames.Length; frame++)
        {
            gif.AddRange([0x21, 0xF9, 0x04, 0x00, 0x0A, 0x00, 0x00, 0x00]);
            gif.Add(0x2C);
            AddUInt16(gif, 0);
            AddUInt16(gif, 0);
            AddUInt16(gif, width);
            AddUInt16(gif, height);
            gif.Add(0);
            gif.Add(8); // LZW minimum code size: 9-bit codes, clear = 256, end = 257
            var data = LiteralLzw((byte)frame, width * height);
            for (var offset = 0; offset < data.Length; offset += 255)
            {
                var block = data.AsSpan(offset, Math.Min(255, data.Length - offset));
                gif.Add((byte)block.Length);
                gif.AddRange(block.ToArray());
            }

            gif.Add(0);
        }

        gif.Add(0x3B);
        return [.. gif];
    }

    /// <summary>The JPEG with an EXIF block saying how it is to be turned (6: a quarter clockwise).</summary>
    public static byte[] WithExifOrientation(byte[] jpeg, ushort orientation)
    {
        var exif = new List<byte> { 0xFF, 0xE1, 0x00, 34 };
        exif.AddRange("Exif\0\0"u8.ToArray());
        exif.AddRange([(byte)'M', (byte)'M', 0x00, 0x2A, 0, 0, 0, 8]);
        exif.AddRange([0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0, 0, 0, 1, (byte)(orientation >> 8), (byte)orientation, 0, 0]);
        exif.AddRange([0, 0, 0, 0]);
        return [.. jpeg[..2], .. exif, .. jpeg[2..]];
    }

    /// <summary>A well-formed PNG whose header claims the given size, with almost no pixel data behind it.</summary>
    public static byte[] PngHeaderClaiming(int width, int height)
    {
        var png = new List<byte> { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 6;
        AddChunk(png, "IHDR", header);
        AddChunk(png, "IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        AddChunk(png, "IEND", []);
        return [.. png];
    }

    private static byte[] LiteralLzw(byte index, int pixelCount)
    {
        var codes = new List<int> { 256 };
        for (var i = 0; i < pixelCount; i++)
        {
            if (i > 0 && i % 200 == 0)
                codes.Add(256);
            codes.Add(index);
        }

        codes.Add(257);
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var code in codes)
        {
            buffer |= code << bits;
            for (bits += 9; bits >= 8; bits -= 8, buffer >>= 8)
                bytes.Add((byte)buffer);
        }

        if (bits > 0)
            bytes.Add((byte)buffer);
        return [.. bytes];
    }

    private static void AddUInt16(List<byte> bytes, int value) => bytes.AddRange([(byte)value, (byte)(value >> 8)]);

    private static void AddChunk(List<byte> png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.AddRange(length);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.AddRange(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.AddRange(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }

        return ~crc;
    }
}
