namespace Commerce.ApplicationConfigurations;

public interface IApplicationConfigurationAppService
{
    Task<ApplicationConfigurationDto> GetAsync(CancellationToken ct);
}
