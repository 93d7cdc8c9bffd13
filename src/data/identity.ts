/**
 * Identity data (docs/protocols.md, "Identity and profile"): the same shape as the Flanders global header's profile,
 * a defensive normaliser for profiles that come from a server, and identifier formatting.
 */

import { isObject } from '../internal/guards.js';

/** BUR citizen · EA company · VER association · GID · LB local government · OV public body. */
export type EntityCode = 'BUR' | 'EA' | 'VER' | 'GID' | 'LB' | 'OV';

export interface Entity {
  code: EntityCode;
  name: string;
  firstName?: string;
  /** Ondernemingsnummer, vestigingsnummer, verenigingsnummer… */
  identifier?: string;
}

export interface User {
  firstName: string;
  name: string;
}

export interface Authorization {
  onBehalfOf?: Entity;
  mandateGiver?: Entity;
  loginHint?: string;
}

export interface Profile {
  /** Signed in? */
  active: boolean;
  user?: User;
  /** Whom they act for now (absent = themselves). */
  activeIdentity?: Authorization;
  /** What they may switch to. */
  identities?: Authorization[];
}

/** The group an entity belongs to: its code, or `other` for a code Loket does not know. */
export type EntityKind = EntityCode | 'other';

/** The order of the groups in the mandate switcher. */
export const entityKinds: readonly EntityKind[] = ['BUR', 'EA', 'VER', 'LB', 'OV', 'GID', 'other'];

/** Every entity code Loket knows. */
export const entityCodes: readonly EntityCode[] = ['BUR', 'EA', 'VER', 'GID', 'LB', 'OV'];
const CODES = new Set<string>(entityCodes);
const MAX_TEXT = 200;

export function entityKind(entity: Entity | undefined): EntityKind {
  return !entity ? 'BUR' : CODES.has(entity.code) ? entity.code : 'other';
}

/**
 * Formats an identifier as people read it. Ondernemingsnummers (9 or 10 digits, also those of
 * associations and local governments) become `0123.456.789`; 10-digit vestigingsnummers starting with
 * 2–8 become `2.123.456.789`; anything else (12-digit branch numbers such as 980000611888,
 * verenigingsnummers such as V0012345) is shown as given.
 */
export function formatIdentifier(identifier: string | undefined): string {
  const value = (identifier ?? '').trim();
  const d = value.replace(/[.\s]/g, '');
  if (!/^\d{9,10}$/.test(d)) return value;
  const n = d.padStart(10, '0');
  return `${n[0] < '2' ? n.slice(0, 4) : `${n[0]}.${n.slice(1, 4)}`}.${n.slice(4, 7)}.${n.slice(7)}`;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim().slice(0, MAX_TEXT) : undefined);

function normalizeEntity(raw: unknown, problems: string[]): Entity | undefined {
  if (!isObject(raw)) return undefined;
  const code = text(raw.code)?.toUpperCase();
  const identifier = text(raw.identifier) ?? (typeof raw.identifier === 'number' ? String(raw.identifier) : undefined);
  const name = text(raw.name) ?? identifier;
  const firstName = text(raw.firstName);
  if (!code || !name) return void problems.push('an entity without a code or a name was ignored');
  if (!CODES.has(code)) problems.push(`unknown entity code ${code}`);
  return { code: code as EntityCode, name, ...(firstName ? { firstName } : {}), ...(identifier ? { identifier } : {}) };
}

function normalizeAuthorization(raw: unknown, problems: string[]): Authorization | undefined {
  if (!isObject(raw)) return void problems.push('an identity that is not an object was ignored');
  const result: Authorization = {};
  if (raw.onBehalfOf != null) {
    // An identity whose entity is unreadable is dropped rather than shown as "yourself".
    const entity = normalizeEntity(raw.onBehalfOf, problems);
    if (!entity) return undefined;
    result.onBehalfOf = entity;
  }
  const giver = normalizeEntity(raw.mandateGiver, problems);
  if (giver) result.mandateGiver = giver;
  const hint = text(raw.loginHint);
  if (hint) result.loginHint = hint;
  return result;
}

const entityKey = (entity: Entity | undefined): string =>
  !entity || entity.code === 'BUR' ? 'BUR' : `${entity.code}:${entity.identifier?.replace(/\W/g, '') || entity.name}`;

/** Whom the profile acts for now, as a stable key: "" when signed out, "BUR" for themselves, else kind and number. */
export function identityKey(profile: Profile): string {
  return profile.active ? entityKey(profile.activeIdentity?.onBehalfOf) : '';
}

/** Whether `auth` is the identity `active` points at (same loginHint, else same entity). */
export function sameIdentity(auth: Authorization, active: Authorization | undefined): boolean {
  if (auth.loginHint && active?.loginHint) return auth.loginHint === active.loginHint;
  return entityKey(auth.onBehalfOf) === entityKey(active?.onBehalfOf);
}

const cache = new WeakMap<object, Profile>();
/** One signed-out profile, so "no profile" compares equal from one render to the next. */
const signedOut: Profile = Object.freeze({ active: false });

/**
 * Reads a profile from untrusted input: unknown fields are dropped, text is trimmed and capped,
 * unusable identities are skipped, duplicates are removed, and problems are reported with one
 * `console.warn`. Never adds an identity that the input did not contain. Non-objects give a
 * signed-out profile.
 */
export function normalizeProfile(raw: unknown): Profile {
  if (!isObject(raw)) {
    if (raw != null) console.warn('[loket] The profile is not an object; treated as signed out.');
    return signedOut;
  }
  const cached = cache.get(raw);
  if (cached) return cached;
  const problems: string[] = [];
  const profile: Profile = { active: raw.active === true };
  const user = isObject(raw.user) ? raw.user : {};
  const firstName = text(user.firstName) ?? '';
  const name = text(user.name) ?? '';
  if (firstName || name) profile.user = { firstName, name };
  else if (profile.active) problems.push('the user has no name');
  const active = raw.activeIdentity == null ? undefined : normalizeAuthorization(raw.activeIdentity, problems);
  if (active) profile.activeIdentity = active;
  if (Array.isArray(raw.identities)) {
    const seen = new Set<string>();
    profile.identities = [];
    for (const item of raw.identities) {
      const auth = normalizeAuthorization(item, problems);
      const key = auth && (auth.loginHint ? `#${auth.loginHint}` : entityKey(auth.onBehalfOf));
      if (!auth || seen.has(key!)) continue;
      seen.add(key!);
      profile.identities.push(auth);
    }
  } else if (raw.identities !== undefined) problems.push('identities is not an array');
  if (problems.length) console.warn(`[loket] Profile data: ${[...new Set(problems)].join('; ')}.`);
  cache.set(raw, profile);
  cache.set(profile, profile);
  return profile;
}

/** "Sofie Peeters" for a user, "" when there is none. */
export function userName(user: User | undefined): string {
  return user ? `${user.firstName} ${user.name}`.trim() : '';
}

/** The display name of an entity: "Peeters Sofie" style entities get their first name in front. */
export function entityName(entity: Entity): string {
  return entity.firstName ? `${entity.firstName} ${entity.name}` : entity.name;
}
