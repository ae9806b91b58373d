using Commerce.ApplicationConfigurations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.ApplicationConfigurations;

/// <summary>The backoffice's start-up call.</summary>
[ApiController]
[Route("api/application-configuration")]
[AllowAnonymous]
[Tags("Application configuration")]
public sealed class ApplicationConfigurationController(IApplicationConfigurationAppService configuration) : ControllerBase
{
    /// <summary>The current user, tenant, granted permissions and feature values.</summary>
    [HttpGet]
    [ProducesResponseType<ApplicationConfigurationDto>(StatusCodes.Status200OK)]
    public Task<ApplicationConfigurationDto> Get(CancellationToken ct) => configuration.GetAsync(ct);
}
