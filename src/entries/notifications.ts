import { LoketNotifications } from '../components/notifications/notifications.js';

LoketNotifications.define('loket-notifications');

export { LoketNotifications };
export { LoketNotificationOpenEvent, type NotificationOpenDetail } from '../components/notifications/source-controller.js';
export { NotificationStore } from '../data/store.js';
export type { NotificationSource, NotificationSnapshot, LoketNotification, NotificationFilter } from '../data/types.js';
export type { LoketLoginEvent } from '../internal/account-action.js';
