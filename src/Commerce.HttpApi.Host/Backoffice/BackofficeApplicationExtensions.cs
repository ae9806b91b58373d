using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Commerce.HttpApi.Host.Backoffice;

internal static partial class BackofficeApplicationExtensions
{
    public const string RequestPath = "/admin";

    /// <summary>Serves the Angular backoffice at /admin, with index.html for its client-side routes.</summary>
    public static WebApplication UseCommerceBackoffice(this WebApplication app)
    {
        var configured = app.Services.GetRequiredService<IOptions<BackofficeOptions>>().Value.Path;
        var root = Path.GetFullPath(Path.Combine(app.Environment.ContentRootPath, configured));
        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            LogNotBuilt(app.Logger, root);
            return app;
        }

        var files = new PhysicalFileProvider(root);
        app.Use((context, next) =>
        {
            // The app's base href is /admin/: without the slash its relative assets would load from the site root.
            if (string.Equals(context.Request.Path.Value, RequestPath, StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Redirect(RequestPath + "/" + context.Request.QueryString);
                return Task.CompletedTask;
            }

            return next(context);
        });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = RequestPath });
        app.MapFallbackToFile(RequestPath + "/{**path}", RequestPath.TrimStart('/') + "/index.html", new StaticFileOptions { FileProvider = files, RequestPath = RequestPath });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The backoffice is not built at {Root}; run `npm run build` in angular/ (run.sh does)")]
    private static partial void LogNotBuilt(ILogger logger, string root);
}
