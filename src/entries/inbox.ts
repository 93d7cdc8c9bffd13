import { LoketInbox } from '../components/inbox/inbox.js';

LoketInbox.define('loket-inbox');

export { LoketInbox };
export { LoketNotificationOpenEvent, type NotificationOpenDetail } from '../components/notifications/source-controller.js';
export type { LoketLoginEvent } from '../internal/account-action.js';
