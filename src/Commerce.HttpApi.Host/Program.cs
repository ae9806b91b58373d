using Commerce.HttpApi.Host.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCommerceHost();

var app = builder.Build();
app.UseCommerceHost();
app.Run();

/// <summary>The entry point, visible to the HTTP tests' WebApplicationFactory.</summary>
public partial class Program;
