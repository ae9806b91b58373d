using System.ComponentModel.DataAnnotations;
using Commerce.Customers;
using Commerce.Ordering;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace Commerce.Web.Public.Localization;

/// <summary>
/// Makes the storefront's form validation speak the store's language. DataAnnotations localization translates only an
/// explicit ErrorMessage, so an attribute without one gets the framework's English default as its message (the same
/// text English shoppers saw before), which the storefront resource then translates. The field a message names is the
/// property name looked up in the same resource, so English keeps "Line1" and German reads "Adresse".
/// Only the storefront's own forms and the DTOs they bind are touched.
/// </summary>
internal sealed class StorefrontFormMetadataProvider(IStringLocalizer localizer) : IDisplayMetadataProvider, IValidationMetadataProvider
{
    internal static readonly HashSet<Type> FormDtos = [typeof(RegisterCustomerDto), typeof(SaveCustomerAddressDto), typeof(AddressDto)];

    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (IsStorefrontProperty(context.Key) && context.DisplayMetadata.DisplayName is null)
        {
            var name = context.Key.Name!;
            context.DisplayMetadata.DisplayName = () => localizer[name];
        }
    }

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        if (!IsStorefrontProperty(context.Key))
            return;
        foreach (var attribute in context.Attributes.Concat(context.ValidationMetadata.ValidatorMetadata).OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessage is null && attribute.ErrorMessageResourceType is null && attribute.ErrorMessageResourceName is null
                && DefaultMessage(attribute) is { } message)
                attribute.ErrorMessage = message;
        }
    }

    private static bool IsStorefrontProperty(ModelMetadataIdentity key) =>
        key.MetadataKind == ModelMetadataKind.Property && key.ContainerType is { } container
        && (container.Assembly == typeof(StorefrontResource).Assembly || FormDtos.Contains(container));

    /// <summary>The framework's English messages, word for word, so English shoppers see no change.</summary>
    internal static readonly IReadOnlyList<string> DefaultMessages =
    [
        "The {0} field is required.",
        "The {0} field is not a valid e-mail address.",
        "The field {0} must be a string with a minimum length of {2} and a maximum length of {1}.",
        "The field {0} must be a string with a maximum length of {1}.",
        "The field {0} must match the regular expression '{1}'.",
    ];

    private static string? DefaultMessage(ValidationAttribute attribute) => attribute switch
    {
        RequiredAttribute => DefaultMessages[0],
        EmailAddressAttribute => DefaultMessages[1],
        StringLengthAttribute { MinimumLength: > 0 } => DefaultMessages[2],
        StringLengthAttribute => DefaultMessages[3],
        RegularExpressionAttribute => DefaultMessages[4],
        _ => null,
    };
}
