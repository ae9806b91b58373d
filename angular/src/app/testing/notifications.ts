import { ApplicationConfigurationDto } from '../api/generated/models/application-configuration-dto';
import { NotificationLogDto } from '../api/generated/models/notification-log-dto';
import { NotificationTemplateDto } from '../api/generated/models/notification-template-dto';
import { STORE_OWNER } from './application-configurations';

/** Test data: a store owner who sees and changes notification templates. */
export const NOTIFICATIONS_OWNER: ApplicationConfigurationDto = {
  ...STORE_OWNER,
  grantedPermissions: [
    ...STORE_OWNER.grantedPermissions,
    'Commerce.Stores',
    'Commerce.Notifications',
    'Commerce.Notifications.Templates.Manage',
  ],
};

/** Test data: a store's template of one kind, the default unless changed. */
export function notificationTemplate(
  changes: Partial<NotificationTemplateDto> = {},
): NotificationTemplateDto {
  return {
    storeId: 's-1',
    kind: 'OrderPlaced',
    subject: 'Order {{ order.number }} confirmed',
    body: '<p>Thanks {{ recipient.name }}</p>',
    isCustomized: false,
    version: 0,
    ...changes,
  };
}

/** Test data: a sent order confirmation in the log. */
export function notificationLog(changes: Partial<NotificationLogDto> = {}): NotificationLogDto {
  return {
    id: 'l-1',
    kind: 'OrderPlaced',
    storeId: 's-1',
    recipientEmail: 'ada@example.com',
    recipientName: 'Ada',
    orderId: 'o-1',
    customerId: null,
    sourceEventId: 'e-1',
    status: 'Sent',
    attempts: 1,
    lastError: null,
    subject: 'Order #1001 confirmed',
    creationTime: '2026-11-02T09:30:00Z',
    sentTime: '2026-11-02T09:30:05Z',
    ...changes,
  };
}
