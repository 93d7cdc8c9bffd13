/**
 * The notification data layer (`import 'loket/data'`): one store per endpoint, shared by
 * loket-notifications and loket-inbox. Importing has no side effects.
 */
export { NotificationStore, type StoreOptions } from './store.js';
export { validateNotification, validateNotifications, validatePage } from './validate.js';
export { request, openStream, storeError, type TransportOptions } from './transport.js';
export type * from './types.js';
