import { LoketHeader } from '../components/header/header.js';

LoketHeader.define('loket-header');

export { LoketHeader, type LoketLoginEvent, type LoketLogoutEvent, type LoketLanguageChangeEvent } from '../components/header/header.js';
export * from './mandate-switcher.js';
