using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Commerce.Notifications.Templates;
using Fluid;
using Fluid.Values;

namespace Commerce.Notifications.Rendering;

/// <summary>
/// Renders a template into an email: the subject as one line of plain text, the body HTML-encoded (a customer's
/// name can never become markup) inside the one email layout with the store's logo and colors, and the plain-text
/// alternative of the whole. A template that does not parse is an <see cref="CommerceErrorCodes.Notifications.InvalidTemplate"/>.
/// </summary>
public static class NotificationRenderer
{
    // Markup characters are encoded, letters of every script are kept as they are (the default encoder escapes all non-ASCII).
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly IFluidTemplate Layout = Parse(ReadLayout(), "layout");

    public static async Task<RenderedNotification> RenderAsync(NotificationTemplateContent template, NotificationRenderModel model)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(model);
        var context = CreateContext(model);
        var subject = OneLine(await RenderPartAsync(Parse(template.Subject, "subject"), context, NullEncoder.Default, "subject"));
        var content = await RenderPartAsync(Parse(template.Body, "body"), context, Encoder, "body");
        context.SetValue("subject", subject);
        context.SetValue("content", new StringValue(content, encode: false));
        var html = await Layout.RenderAsync(context, Encoder);
        return new RenderedNotification(subject, html, HtmlToText.Convert(html));
    }

    private static TemplateContext CreateContext(NotificationRenderModel model)
    {
        var culture = CultureInfo.GetCultureInfo(model.Store.DefaultLocale);
        var options = new TemplateOptions
        {
            CultureInfo = culture,
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById(model.Store.TimeZone),
            MaxSteps = NotificationTemplateConsts.MaxRenderSteps,
        };
        var context = new TemplateContext(options);
        context.SetValue("store", NotificationTemplateValues.StoreOf(model, culture));
        context.SetValue("recipient", NotificationTemplateValues.RecipientOf(model));
        context.SetValue("order", NotificationTemplateValues.OrderOf(model.Order, model.Store, culture));
        context.SetValue("action_url", model.ActionUrl);
        return context;
    }

    private static async Task<string> RenderPartAsync(IFluidTemplate template, TemplateContext context, TextEncoder encoder, string field)
    {
        try
        {
            return await template.RenderAsync(context, encoder);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or ArgumentException or FormatException)
        {
            // Liquid that parses can still fail as it runs: a runaway loop past the step limit, an include (templates have no files).
            throw new BusinessException(CommerceErrorCodes.Notifications.InvalidTemplate, BusinessErrorKind.Invalid, ex)
                .WithData("field", field)
                .WithData("error", ex.Message);
        }
    }

    private static IFluidTemplate Parse(string source, string field) =>
        NotificationTemplateParser.TryParse(source, out var parsed, out var error)
            ? parsed
            : throw new BusinessException(CommerceErrorCodes.Notifications.InvalidTemplate, BusinessErrorKind.Invalid)
                .WithData("field", field)
                .WithData("error", error);

    private static string ReadLayout()
    {
        using var stream = typeof(NotificationRenderer).Assembly.GetManifestResourceStream("Commerce.Notifications.Rendering.layout.liquid")
            ?? throw new InvalidOperationException("The embedded email layout is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
