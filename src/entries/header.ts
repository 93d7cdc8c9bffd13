import { LoketHeader } from '../components/header/header.js';

LoketHeader.define('loket-header');

export { LoketHeader, type LoketLoginEvent, type LoketLogoutEvent, type LoketLanguageChangeEvent } from '../components/header/header.js';
export { LoketIdentityChangeEvent, type IdentityChangeDetail } from '../internal/identity-context.js';
export * from './mandate-switcher.js';
