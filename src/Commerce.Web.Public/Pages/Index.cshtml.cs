using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Commerce.Web.Public.Pages;

/// <summary>The platform's own home page, shown on the platform's address (not on a store's domain).</summary>
public sealed class IndexModel : PageModel;
