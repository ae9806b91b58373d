using Microsoft.AspNetCore.Mvc;

namespace Commerce.Web.Public.Stores;

/// <summary>The plain not-found page, for a store page asked of a host without a store or for a missing product.</summary>
public sealed class StoreNotFoundResult : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) => StorefrontStatusPages.WriteNotFoundAsync(context.HttpContext);
}
