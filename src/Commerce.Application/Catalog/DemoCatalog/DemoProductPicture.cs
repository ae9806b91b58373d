using SkiaSharp;

namespace Commerce.Catalog.DemoCatalog;

/// <summary>Draws the demo's product photos: the product's silhouette in its color on a soft studio background.</summary>
internal static class DemoProductPicture
{
    private const int Size = 800;

    public static byte[] Draw(DemoShape shape, string hexColor, int seed)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Size, Size));
        var canvas = surface.Canvas;
        var color = SKColor.Parse(hexColor);
        var backgrounds = new[] { new SKColor(0xF3, 0xEF, 0xE8), new SKColor(0xE9, 0xEE, 0xF0), new SKColor(0xEF, 0xEC, 0xF2) };
        using (var background = new SKPaint())
        {
            background.Shader = SKShader.CreateLinearGradient(
                new SKPoint(0, 0), new SKPoint(0, Size), [backgrounds[seed % backgrounds.Length], SKColors.White], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, Size, Size, background);
        }

        using (var shadow = new SKPaint { Color = new SKColor(0, 0, 0, 40), IsAntialias = true, MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, 18) })
            canvas.DrawOval(new SKRect(190, 640, 610, 700), shadow);
        using var fill = new SKPaint { Color = color, IsAntialias = true };
        color.ToHsl(out var hue, out var saturation, out var lightness);
        using var detail = new SKPaint
        {
            Color = SKColor.FromHsl(hue, saturation, Math.Max(0, lightness - 12)), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 8,
        };
        using var path = Silhouette(shape);
        canvas.DrawPath(path, fill);
        canvas.DrawPath(path, detail);

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }

    private static SKPath Silhouette(DemoShape shape)
    {
        using var path = new SKPathBuilder();
        switch (shape)
        {
            case DemoShape.Shirt or DemoShape.Jacket:
                path.MoveTo(300, 170);
                path.LineTo(180, 230);
                path.LineTo(120, 370);
                path.LineTo(220, 400);
                path.LineTo(250, 330);
                path.LineTo(250, 650);
                path.LineTo(550, 650);
                path.LineTo(550, 330);
                path.LineTo(580, 400);
                path.LineTo(680, 370);
                path.LineTo(620, 230);
                path.LineTo(500, 170);
                path.QuadTo(400, shape == DemoShape.Jacket ? 300 : 230, 300, 170);
                break;
            case DemoShape.Shoe:
                path.MoveTo(150, 600);
                path.LineTo(150, 430);
                path.QuadTo(240, 400, 300, 330);
                path.LineTo(420, 360);
                path.QuadTo(520, 470, 650, 500);
                path.QuadTo(700, 530, 690, 600);
                break;
            case DemoShape.Bag:
                path.AddRoundRect(new SKRoundRect(new SKRect(200, 300, 600, 650), 30, 30));
                path.AddOval(new SKRect(300, 180, 500, 360));
                path.AddOval(new SKRect(330, 210, 470, 330));
                break;
            case DemoShape.Hat:
                path.AddArc(new SKRect(220, 260, 580, 620), 180, 180);
                path.AddRoundRect(new SKRoundRect(new SKRect(200, 430, 600, 480), 20, 20));
                break;
            case DemoShape.Sock:
                path.MoveTo(340, 170);
                path.LineTo(460, 170);
                path.LineTo(460, 470);
                path.QuadTo(600, 500, 610, 580);
                path.QuadTo(600, 650, 460, 640);
                path.LineTo(370, 640);
                path.QuadTo(330, 560, 340, 470);
                break;
            case DemoShape.Mug:
                path.AddRoundRect(new SKRoundRect(new SKRect(230, 280, 520, 640), 24, 24));
                path.AddOval(new SKRect(470, 360, 620, 540));
                break;
            default:
                path.AddRoundRect(new SKRoundRect(new SKRect(260, 300, 540, 640), 40, 40));
                path.AddOval(new SKRect(390, 230, 410, 300));
                break;
        }

        path.Close();
        return path.Detach();
    }
}
