using Commerce.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Commerce.Web.Public.Customers;

internal static class FormErrors
{
    /// <summary>A page answers with the form and the reason, not with a problem document.</summary>
    public static void Add(ModelStateDictionary modelState, BusinessException exception) =>
        modelState.AddModelError(string.Empty, CommerceResource.Format(exception.Code, exception.Details));
}
