import { createContext } from '@lit/context';
import type { Profile } from '../data/identity.js';

/** What `loket-header` shares with the elements inside it (the mandate switcher). */
export interface IdentityContext {
  /** The normalised profile; undefined while it is loading. */
  profile: Profile | undefined;
  /** The header's `switch-capacity-url`. */
  switchCapacityUrl: string | undefined;
}

export const identityContext = createContext<IdentityContext | undefined>(Symbol.for('loket-identity'));
