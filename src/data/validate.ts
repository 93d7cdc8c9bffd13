import { safeUrl } from '../internal/safe-url.js';
import type { EntityCode, LoketNotification } from './types.js';
import { entityCodes } from './identity.js';
import { isObject } from '../internal/guards.js';

const id = (v: unknown): string | undefined =>
  (typeof v === 'string' && v.trim() !== '') || (typeof v === 'number' && Number.isFinite(v)) ? String(v).trim().slice(0, 200) : undefined;
/** Trimmed, length-limited text; undefined when empty or not a string. */
const text = (v: unknown, max: number): string | undefined => {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t === '' ? undefined : t.length > max ? `${t.slice(0, max - 1)}…` : t;
};
const time = (v: unknown): number => (typeof v === 'string' && v.length <= 64 ? Date.parse(v) : Number.NaN);

/**
 * Turns one raw server item into a LoketNotification, or undefined when it is malformed (no id,
 * title, sender or parseable createdAt). Optional fields that are wrong are dropped, not fatal;
 * a non-http(s) `url` is dropped.
 */
export function validateNotification(raw: unknown): LoketNotification | undefined {
  if (!isObject(raw)) return undefined;
  const nid = id(raw.id);
  const title = text(raw.title, 300);
  const s = raw.sender;
  const senderName = isObject(s) ? text(s.name, 120) : undefined;
  const createdAtMs = time(raw.createdAt);
  if (!nid || !title || !senderName || !Number.isFinite(createdAtMs)) return undefined;
  const readMs = time(raw.readAt);
  const item: LoketNotification = {
    id: nid,
    title,
    sender: { id: (isObject(s) && id(s.id)) || senderName, name: senderName },
    createdAt: raw.createdAt as string,
    createdAtMs,
    readAt: Number.isFinite(readMs) ? (raw.readAt as string) : null,
    actionRequired: raw.actionRequired === true,
  };
  const body = text(raw.body, 2000);
  if (body) item.body = body;
  const url = safeUrl(raw.url);
  if (url && url.length <= 2048) item.url = url;
  const d = raw.dossier;
  const dossierId = isObject(d) ? id(d.id) : undefined;
  const label = isObject(d) ? text(d.label, 200) : undefined;
  if (dossierId && label) item.dossier = { id: dossierId, label };
  const o = raw.onBehalfOf;
  if (isObject(o) && entityCodes.includes(o.code as EntityCode)) {
    item.onBehalfOf = { code: o.code as EntityCode };
    const ident = text(o.identifier, 64);
    if (ident) item.onBehalfOf.identifier = ident;
  }
  return Object.freeze(item);
}

/** Validates a batch; malformed items are skipped and counted in one console warning. */
export function validateNotifications(raw: unknown): LoketNotification[] {
  const list = Array.isArray(raw) ? raw : [];
  const items: LoketNotification[] = [];
  for (const r of list) {
    const item = validateNotification(r);
    if (item) items.push(item);
  }
  const skipped = list.length - items.length;
  if (skipped > 0) console.warn(`loket: skipped ${skipped} malformed notification(s)`);
  return items;
}

export interface ValidPage {
  items: LoketNotification[];
  nextCursor: string | null;
  unreadCount: number | undefined;
}

/** Validates a page response; undefined when its shape is unusable (not an object or no items array). */
export function validatePage(raw: unknown): ValidPage | undefined {
  if (!isObject(raw) || !Array.isArray(raw.items)) return undefined;
  const c = raw.unreadCount;
  return {
    items: validateNotifications(raw.items),
    nextCursor: typeof raw.nextCursor === 'string' && raw.nextCursor !== '' && raw.nextCursor.length <= 2048 ? raw.nextCursor : null,
    unreadCount: typeof c === 'number' && Number.isFinite(c) ? Math.max(0, Math.floor(c)) : undefined,
  };
}
