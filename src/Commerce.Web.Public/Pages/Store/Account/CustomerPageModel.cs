using Commerce.Users;
using Commerce.Web.Public.Stores;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Commerce.Web.Public.Pages.Store.Account;

/// <summary>A page of the signed-in customer; anyone else is sent to the sign-in page and back.</summary>
public abstract class CustomerPageModel(ICurrentStore currentStore) : StorePageModel(currentStore)
{
    public override Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (User.FindFirst(CommerceClaimTypes.CustomerId) is null)
        {
            var returnUrl = Request.Path + Request.QueryString;
            context.Result = new LocalRedirectResult($"/account/sign-in?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
            return Task.CompletedTask;
        }

        return base.OnPageHandlerExecutionAsync(context, next);
    }
}
