using System.Net;
using System.Net.Http.Json;
using Commerce.Features;
using Commerce.TestBase.Http;

namespace Commerce.HttpApi.Features;

public sealed class EditionsApiTests(TestHost host) : HttpTestBase(host)
{
    private const string EditionsUrl = "/api/host/features/editions";

    [Fact]
    public async Task Creating_an_edition_answers_201_with_its_location_and_every_feature_value()
    {
        var response = await Client.PostAsJsonAsync(EditionsUrl, new
        {
            name = NewName(), displayName = "Growth", featureValues = new Dictionary<string, string> { [CommerceFeatures.Pos.Enabled] = "true" },
        }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var edition = (await response.Content.ReadFromJsonAsync<EditionDto>(Json, Ct))!;
        response.Headers.Location!.AbsolutePath.ShouldBe($"{EditionsUrl}/{edition.Id}");
        edition.FeatureValues[CommerceFeatures.Pos.Enabled].ShouldBe("true");
        (await Client.GetFromJsonAsync<EditionDto>($"{EditionsUrl}/{edition.Id}", Json, Ct))!.DisplayName.ShouldBe("Growth");
    }

    [Fact]
    public async Task A_bad_feature_value_answers_400_and_creates_nothing()
    {
        var name = NewName();

        var response = await Client.PostAsJsonAsync(EditionsUrl, new
        {
            name, displayName = "Broken", featureValues = new Dictionary<string, string> { [CommerceFeatures.Catalog.MaxProductCount] = "-5" },
        }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.Features.InvalidFeatureValue);
        (await Client.GetFromJsonAsync<List<EditionDto>>(EditionsUrl, Json, Ct))!.ShouldNotContain(e => e.Name == name);
    }

    [Fact]
    public async Task A_missing_display_name_answers_400_with_the_field()
    {
        var response = await Client.PostAsJsonAsync(EditionsUrl, new { name = NewName() }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(response)).GetProperty("errors").TryGetProperty("DisplayName", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Deleting_answers_204_and_then_the_edition_is_gone()
    {
        var created = await (await Client.PostAsJsonAsync(EditionsUrl, new { name = NewName(), displayName = "Temp" }, Ct))
            .Content.ReadFromJsonAsync<EditionDto>(Json, Ct);

        (await Client.DeleteAsync($"{EditionsUrl}/{created!.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Client.GetAsync($"{EditionsUrl}/{created.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_feature_definitions_are_listed_with_their_types_and_defaults()
    {
        var definitions = await Client.GetFromJsonAsync<List<FeatureDefinitionDto>>($"{EditionsUrl}/feature-definitions", Json, Ct);

        definitions!.Single(d => d.Name == CommerceFeatures.Identity.MaxStaffCount).ValueType.ShouldBe(FeatureValueType.Number);
    }

    private static string NewName() => $"E-{Guid.NewGuid():N}"[..30];
}
