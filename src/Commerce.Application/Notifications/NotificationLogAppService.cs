using Commerce.Application.Dtos;
using Commerce.Domain.Repositories;
using Commerce.Notifications.Logs;
using Commerce.Permissions;

namespace Commerce.Notifications;

/// <summary>The notification log, newest first, filtered on its indexed columns.</summary>
public sealed class NotificationLogAppService(IPermissionChecker permissions, INotificationLogRepository logs, IAsyncQueryExecutor executor)
    : INotificationLogAppService
{
    public async Task<PagedResultDto<NotificationLogDto>> GetListAsync(GetNotificationLogListInput input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Notifications.Default, ct);
        var query = logs.Query();
        if (input.StoreId is { } storeId)
            query = query.Where(l => l.StoreId == storeId);
        if (input.OrderId is { } orderId)
            query = query.Where(l => l.OrderId == orderId);
        if (input.CustomerId is { } customerId)
            query = query.Where(l => l.CustomerId == customerId);
        if (input.Status is { } status)
            query = query.Where(l => l.Status == status);
        if (input.Kind is { } kind)
            query = query.Where(l => l.Kind == kind);
        var total = await executor.CountAsync(query, ct);
        var page = query.OrderByDescending(l => l.CreationTime).ThenByDescending(l => l.Id).Skip(input.SkipCount).Take(input.MaxResultCount);
        return new PagedResultDto<NotificationLogDto> { TotalCount = total, Items = await executor.ToListAsync(NotificationMapper.ProjectToDto(page), ct) };
    }
}
