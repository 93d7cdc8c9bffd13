import { createContext } from '@lit/context';
import type { Profile } from '../data/identity.js';
import { LoketEvent } from './events.js';

/** What `loket-header` shares with the elements inside it (the mandate switcher). */
export interface IdentityContext {
  /** The normalised profile; undefined while it is loading. */
  profile: Profile | undefined;
  /** The header's `switch-capacity-url`. */
  switchCapacityUrl: string | undefined;
}

export const identityContext = createContext<IdentityContext | undefined>(Symbol.for('loket-identity'));

/** `detail` of `loket-identity-change`. */
export interface IdentityChangeDetail {
  /** Whom the person acts for now (see `identityKey`): "" when signed out. */
  identity: string;
  profile: Profile;
}

/**
 * `loket-header` announces that the person acts for someone else now (or signed out), after a profile
 * other than the first: notification elements start over for the new identity.
 */
export class LoketIdentityChangeEvent extends LoketEvent<IdentityChangeDetail> {
  constructor(detail: IdentityChangeDetail) {
    super('loket-identity-change', detail);
  }
}

declare global {
  interface LoketEventMap {
    'loket-identity-change': LoketIdentityChangeEvent;
  }
}
