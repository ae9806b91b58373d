using System.Net;
using System.Net.Http.Json;
using Commerce.Catalog.Categories;
using Commerce.TestBase.Http;

namespace Commerce.HttpApi.Catalog;

public sealed class CategoriesApiTests(TestHost host) : HttpTestBase(host)
{
    private const string CategoriesUrl = "/api/catalog/categories";

    [Fact]
    public async Task A_created_category_answers_201_and_appears_in_the_tree()
    {
        using var owner = await OwnerOfNewTenantAsync();

        var response = await owner.PostAsJsonAsync(CategoriesUrl, new { name = "Mugs" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.Headers.Location.ShouldNotBeNull();
        (await owner.GetFromJsonAsync<List<CategoryTreeNodeDto>>(CategoriesUrl, Json, Ct))!.Single().Handle.ShouldBe("mugs");
    }

    [Fact]
    public async Task A_move_under_a_descendant_answers_400_with_its_code()
    {
        using var owner = await OwnerOfNewTenantAsync();
        var parent = await CreateAsync(owner, new { name = "Clothing" });
        var child = await CreateAsync(owner, new { name = "Shirts", parentId = parent.Id });

        var response = await owner.PostAsJsonAsync($"{CategoriesUrl}/{parent.Id}/move", new { parentId = child.Id, position = 0, version = parent.Version }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.Catalog.CategoryMoveCreatesCycle);
    }

    [Fact]
    public async Task A_handle_with_upper_case_letters_answers_400_and_writes_nothing()
    {
        using var owner = await OwnerOfNewTenantAsync();

        var response = await owner.PostAsJsonAsync(CategoriesUrl, new { name = "Mugs", handle = "Mugs" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await owner.GetFromJsonAsync<List<CategoryTreeNodeDto>>(CategoriesUrl, Json, Ct))!.ShouldBeEmpty();
    }

    private static async Task<CategoryDto> CreateAsync(HttpClient owner, object input)
    {
        var response = await owner.PostAsJsonAsync(CategoriesUrl, input, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CategoryDto>(Json, Ct))!;
    }
}
