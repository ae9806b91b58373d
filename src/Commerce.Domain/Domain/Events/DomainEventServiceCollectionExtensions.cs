using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Domain.Events;

public static class DomainEventServiceCollectionExtensions
{
    /// <summary>Registers a handler; every event of that type raised from now on gets a delivery for it.</summary>
    public static IServiceCollection AddDomainEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : class
        where THandler : class, IDomainEventHandler<TEvent>
    {
        services.AddScoped<THandler>();
        services.AddSingleton(new DomainEventHandlerDescriptor(typeof(TEvent), typeof(THandler)));
        return services;
    }
}
