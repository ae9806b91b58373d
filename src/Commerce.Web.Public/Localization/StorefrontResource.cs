namespace Commerce.Web.Public.Localization;

/// <summary>
/// The storefront's UI texts, one resource for all its pages: the English text is the key (so English needs no file),
/// and StorefrontResource.{language}.resx beside this class translates it. The store's locale is the request's UI
/// culture, so de-DE finds the "de" file. Form field names (Line1, PostalCode…) are keys too, for validation messages.
/// </summary>
public sealed class StorefrontResource;
