using Commerce.Application.Dtos;

namespace Commerce.Notifications;

public interface INotificationLogAppService
{
    Task<PagedResultDto<NotificationLogDto>> GetListAsync(GetNotificationLogListInput input, CancellationToken ct);
}
