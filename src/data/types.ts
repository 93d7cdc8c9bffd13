/**
 * The notification data layer's public contract, shared by loket-notifications and loket-inbox.
 * Wire format: docs/protocols.md, "Notification protocol v1". Everything here is validated
 * client-side before it reaches a component.
 */
export type { EntityCode } from './identity.js';
import type { EntityCode } from './identity.js';

/** A notification after validation: text fields are plain strings, `url` is http(s)/relative or absent. */
export interface LoketNotification {
  id: string;
  title: string;
  body?: string;
  sender: { id: string; name: string };
  /** ISO-8601 as received. */
  createdAt: string;
  /** Parsed `createdAt`, for sorting. */
  createdAtMs: number;
  readAt: string | null;
  actionRequired: boolean;
  url?: string;
  dossier?: { id: string; label: string };
  onBehalfOf?: { code: EntityCode; identifier?: string };
}

export type NotificationFilter = 'all' | 'unread' | 'action';

/** Where the real-time connection stands. */
export type ConnectionState = 'idle' | 'connecting' | 'live' | 'polling' | 'paused' | 'offline';

/** What went wrong, as a kind the components turn into a localized message. */
export interface StoreError {
  kind: 'network' | 'server' | 'malformed' | 'refused' | 'unauthorized';
  /** HTTP status when there was one. */
  status?: number;
  /** The answer's `Retry-After`, in ms from when it arrived. */
  retryAfter?: number;
}

/** Per filter: how far the cursor pagination got. */
export interface PageState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  nextCursor: string | null;
  /** True once a first page for this filter arrived and nextCursor was null. */
  complete: boolean;
  error?: StoreError;
}

/** An immutable view of the store; a new object after every change. */
export interface NotificationSnapshot {
  /** Every known item, newest first, each id once. */
  items: readonly LoketNotification[];
  /** Unread items as the server counts them, reconciled with local reads. Never below 0. */
  unreadCount: number;
  pages: Readonly<Record<NotificationFilter, PageState>>;
  connection: ConnectionState;
  /** Read/unread actions waiting to be sent (offline queue). */
  pending: number;
  /** The last action the server refused (after rollback); components show it and may clear it. */
  lastActionError?: { action: 'read' | 'unread' | 'read-all'; id?: string; error: StoreError };
  /** Monotonic version, handy for cheap change checks. */
  version: number;
  /** Goes up each time the source starts over (another identity): components load their first page again. */
  generation?: number;
}

export type SnapshotListener = (snapshot: NotificationSnapshot) => void;

/** What components need from a store (the real one, or a fake in tests and stories). */
export interface NotificationSource {
  readonly endpoint: string;
  readonly snapshot: NotificationSnapshot;
  /** Calls the listener now and after every change; returns an unsubscribe. Subscribing starts the live connection; the last unsubscribe stops it. */
  subscribe(listener: SnapshotListener): () => void;
  /** Loads the first page for the filter if it has not been loaded (or reloads after an error). */
  load(filter?: NotificationFilter): Promise<void>;
  /** Loads the next page for the filter, if any. Concurrent calls share one request. */
  loadMore(filter?: NotificationFilter): Promise<void>;
  markRead(id: string): Promise<void>;
  markUnread(id: string): Promise<void>;
  /** Marks as read everything created before now (the `before` of the protocol). */
  markAllRead(): Promise<void>;
  /** Retries after an error: reloads failed pages and reconnects. */
  retry(): Promise<void>;
  clearActionError(): void;
  /**
   * Forgets every item and page and loads again: the person now acts for another identity (or signed
   * out), so the same endpoint answers with other notifications. With `identity`, a second call for the
   * same identity does nothing, so every element on the page may call it.
   */
  reset?(identity?: string): void;
  /**
   * Whom the page acts for: the first call records it, a later one with another identity starts over
   * like `reset`. Actions queued offline are sent only for the identity they were taken as.
   */
  identify?(identity: string): void;
  /** Bearer token for the Authorization header; a property, never an attribute. */
  token: string | undefined;
}
