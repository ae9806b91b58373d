using Commerce.Localization;
using Commerce.Web.Public.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Commerce.Web.Public.Customers;

internal static class FormErrors
{
    /// <summary>A page answers with the form and the reason, not with a problem document.</summary>
    public static void Add(ModelStateDictionary modelState, BusinessException exception, IStringLocalizer<StorefrontResource> localizer) =>
        modelState.AddModelError(string.Empty, Message(localizer, exception.Code, exception.Details));

    /// <summary>
    /// An error's message in the store's language: its English text is the key in the storefront resource, like the
    /// storefront's own texts (the shopper-facing codes are translated); the English text when there is no translation.
    /// </summary>
    public static string Message(IStringLocalizer<StorefrontResource> localizer, string code, IReadOnlyDictionary<string, object?>? details = null) =>
        CommerceResource.Texts.TryGetValue(code, out var english) && localizer[english] is { ResourceNotFound: false } translated
            ? CommerceResource.Fill(translated.Value, details)
            : CommerceResource.Format(code, details);

    /// <summary>Whether the store's language has its own text for the code (otherwise a provider's message may say more).</summary>
    public static bool IsTranslated(IStringLocalizer<StorefrontResource> localizer, string code) =>
        CommerceResource.Texts.TryGetValue(code, out var english) && !localizer[english].ResourceNotFound;
}
