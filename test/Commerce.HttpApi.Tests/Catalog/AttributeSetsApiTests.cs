using System.Net;
using System.Net.Http.Json;
using Commerce.Application.Dtos;
using Commerce.Catalog.AttributeSets;
using Commerce.TestBase.Http;

namespace Commerce.HttpApi.Catalog;

public sealed class AttributeSetsApiTests(TestHost host) : HttpTestBase(host)
{
    private const string SetsUrl = "/api/catalog/attribute-sets";

    private static readonly object Apparel = new
    {
        name = "Apparel",
        attributes = new object[]
        {
            new { code = "material", label = "Material", type = "Text", isRequired = true },
            new { code = "fit", label = "Fit", type = "SingleSelect", options = new[] { "Slim", "Regular" } },
        },
    };

    [Fact]
    public async Task Creating_a_set_answers_201_with_its_location()
    {
        using var owner = await OwnerOfNewTenantAsync();

        var response = await owner.PostAsJsonAsync(SetsUrl, Apparel, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var set = (await response.Content.ReadFromJsonAsync<AttributeSetDto>(Json, Ct))!;
        response.Headers.Location!.AbsolutePath.ShouldBe($"{SetsUrl}/{set.Id}");
        (await owner.GetFromJsonAsync<AttributeSetDto>(response.Headers.Location, Json, Ct))!.Attributes.Count.ShouldBe(2);
    }

    [Fact]
    public async Task An_upper_case_attribute_code_answers_400_and_writes_nothing()
    {
        using var owner = await OwnerOfNewTenantAsync();

        var response = await owner.PostAsJsonAsync(SetsUrl, new { name = "Mugs", attributes = new[] { new { code = "Volume", label = "Volume", type = "Number" } } }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.Validation);
        (await owner.GetFromJsonAsync<PagedResultDto<AttributeSetDto>>(SetsUrl, Json, Ct))!.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task A_duplicate_name_answers_409_DuplicateAttributeSetName()
    {
        using var owner = await OwnerOfNewTenantAsync();
        (await owner.PostAsJsonAsync(SetsUrl, Apparel, Ct)).EnsureSuccessStatusCode();

        var response = await owner.PostAsJsonAsync(SetsUrl, Apparel, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.Catalog.DuplicateAttributeSetName);
    }

    [Fact]
    public async Task Another_tenant_s_set_answers_404()
    {
        using var ownerA = await OwnerOfNewTenantAsync();
        using var ownerB = await OwnerOfNewTenantAsync();
        var set = (await (await ownerA.PostAsJsonAsync(SetsUrl, Apparel, Ct)).Content.ReadFromJsonAsync<AttributeSetDto>(Json, Ct))!;

        (await ownerB.GetAsync($"{SetsUrl}/{set.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ownerB.DeleteAsync($"{SetsUrl}/{set.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ownerA.GetAsync($"{SetsUrl}/{set.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
