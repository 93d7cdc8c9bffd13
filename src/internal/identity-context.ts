import { createContext } from '@lit/context';
import type { Profile } from '../data/identity.js';
import { LoketEvent } from './events.js';

/** What `loket-header` shares with the elements inside it (the mandate switcher). */
export interface IdentityContext {
  /** The normalised profile; undefined while it is loading. */
  profile: Profile | undefined;
  /** The header's `switch-capacity-url`. */
  switchCapacityUrl: string | undefined;
  /** The header's `login-url`: where the bell sends a person whose session expired. */
  loginUrl?: string;
  /** Whom the shown profile acts for (see `identityKey`), once a profile is settled; undefined before. */
  identity?: string;
}

export const identityContext = createContext<IdentityContext | undefined>(Symbol.for('loket-identity'));

/**
 * Subscribes `host` to the identity context of the `loket-header` around it. A header upgraded after
 * the host could not answer at first: it is asked again once defined. Returns an unsubscribe.
 */
export function consumeIdentity(host: HTMLElement, receive: (value: IdentityContext | undefined) => void): () => void {
  let unsubscribe: (() => void) | undefined;
  let done = false;
  const ask = (): void => {
    if (unsubscribe || done || !host.isConnected) return;
    // The @lit/context `context-request` event, without its class.
    const callback = (value: IdentityContext | undefined, off?: () => void): void => {
      unsubscribe = off ?? (() => undefined);
      receive(value);
    };
    host.dispatchEvent(
      Object.assign(new Event('context-request', { bubbles: true, composed: true }), { context: identityContext, contextTarget: host, callback, subscribe: true }),
    );
  };
  ask();
  if (!unsubscribe && host.closest('loket-header')) void customElements.whenDefined('loket-header').then(ask);
  return () => {
    done = true;
    unsubscribe?.();
  };
}

/**
 * Who acts for whom, as a key: the identity key (`identityKey`) with the signed-in person's name, so
 * two people who each act for themselves on one browser differ. Notification stores keep queued
 * actions to it.
 */
export function actorKey(identity: string, profile: Profile | undefined): string {
  const user = profile?.user;
  return `${identity}|${user ? `${user.firstName} ${user.name}` : ''}`;
}

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
