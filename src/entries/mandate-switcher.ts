import { LoketMandateSwitcher } from '../components/mandate-switcher/mandate-switcher.js';

LoketMandateSwitcher.define('loket-mandate-switcher');

export { LoketMandateSwitcher, LoketIdentitySelectEvent, type IdentitySelectDetail } from '../components/mandate-switcher/mandate-switcher.js';
export { formatIdentifier, normalizeProfile } from '../data/identity.js';
export type { Authorization, Entity, EntityCode, Profile, User } from '../data/identity.js';
