import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/entries/inbox.js';
import type { NotificationFilter } from '../src/entries/notifications.js';
import { burgerprofielSeed, makeNotification, makeNotifications, type FakeOptions, type FakeSource, longTextSeed } from '../test/support/fake-source.js';
import type { LoketInbox } from '../src/entries/inbox.js';
import { localeOf } from './support/copy.js';
import { sourceFor } from './support/source.js';
import { until } from '../test/support/fake-notifications.js';

/**
 * Every story runs on an in-memory `FakeSource` (test/support/fake-source.ts). In a portal:
 * `<loket-inbox endpoint="/api/notifications">`.
 */

interface InboxArgs {
  filter: NotificationFilter;
  options: FakeOptions;
  loginUrl?: string;
  /** Not set by the stories: they run on an in-memory source. */
  endpoint?: string;
  token?: string;
}

const meta: Meta<InboxArgs> = {
  title: 'Components/Inbox',
  component: 'loket-inbox',
  tags: ['autodocs'],
  args: { filter: 'all', options: { items: burgerprofielSeed() } },
  argTypes: {
    filter: { control: 'inline-radio', options: ['all', 'unread', 'action'] },
    loginUrl: { control: 'text' },
    options: { control: false, description: 'The in-memory `FakeSource` the story uses: its items and how it behaves (story only).', table: { category: 'story' } },
    // The stories run on an in-memory source, which takes the place of the store for `endpoint`.
    endpoint: { control: false },
    token: { control: false },
  },
  render: ({ filter, options, loginUrl }, { globals }) =>
    html`<loket-inbox .source=${sourceFor(options, localeOf(globals))} filter=${filter} login-url=${ifDefined(loginUrl)}></loket-inbox>`,
};
export default meta;

type Story = StoryObj<InboxArgs>;

export const AllNotifications: Story = {};

export const Unread: Story = { args: { filter: 'unread' } };

export const ActionRequired: Story = { args: { filter: 'action' } };

/** The "Actie vereist" filter when nothing needs action. */
export const NothingRequiresAction: Story = {
  args: { filter: 'action', options: { items: burgerprofielSeed().map((item) => ({ ...item, actionRequired: false })) } },
};

/** In a 320 px column: each item's "Markeer als gelezen" moves under its text. */
export const NarrowColumn: Story = {
  render: ({ filter, options }, { globals }) => html`<div style="max-width:320px;border:1px dashed #cbd2da">
    <loket-inbox .source=${sourceFor(options, localeOf(globals))} filter=${filter}></loket-inbox>
  </div>`,
};

/** 10,000 notifications, virtualized: try End, Home, PageDown and the arrow keys on a row, Ctrl+End and Ctrl+Home to leave the list. */
export const TenThousand: Story = { args: { options: { items: makeNotifications(10000, 250) } } };

/** 20 per page: the next page loads as you scroll, or with "Meer laden". */
export const Paginated: Story = { args: { options: { items: makeNotifications(200, 40), pageSize: 20 } } };

export const Empty: Story = { args: { options: { items: [] } } };

/** Nothing unread: "Alles als gelezen markeren" is greyed out (it stays focusable, with nothing to do). */
export const EmptyUnread: Story = { args: { filter: 'unread', options: { items: makeNotifications(5, 0) } } };

export const Loading: Story = { args: { options: { items: [], load: 'pending' } } };

export const LoadError: Story = { args: { options: { items: [], load: 'error', loadError: { kind: 'network' } } } };

export const Offline: Story = { args: { options: { items: burgerprofielSeed(), connection: 'offline', pending: 2 } } };

/** The server refuses a read: the row goes back to unread and the inbox says so (the story presses the first row's "Markeer als gelezen"). */
export const RefusedAction: Story = {
  args: { options: { items: burgerprofielSeed(), refuse: ['read', 'unread', 'read-all'] } },
  play: async ({ canvasElement }) => {
    const inbox = canvasElement.querySelector<LoketInbox>('loket-inbox')!;
    (await until(() => inbox.shadowRoot?.querySelector<HTMLButtonElement>('.row .toggle')))!.click();
    await until(() => inbox.shadowRoot?.querySelector('.message.error'));
  },
};

export const HostileData: Story = {
  args: { options: { items: [makeNotification(0, { id: 'x', title: '<img src=x onerror=alert(1)>', body: '<script>alert(1)</script>', url: 'javascript:alert(1)' })] } },
};

/** The session expired (401): the inbox asks the person to sign in again, with a link to `login-url`. */
export const SignInAgain: Story = { args: { loginUrl: '/api/login', options: { items: [], load: 'error', loadError: { kind: 'unauthorized', status: 401 } } } };

/** Waits until the inbox's first page is in, then asks for the next one, which `mode` keeps loading or fails. */
const loadMoreThen =
  (mode: 'pending' | 'error'): Story['play'] =>
  async ({ canvasElement }) => {
    const inbox = canvasElement.querySelector<LoketInbox>('loket-inbox')!;
    const more = await until(() => inbox.shadowRoot?.querySelector<HTMLButtonElement>('.load-more'));
    (inbox.source as FakeSource).loadMode = mode;
    more!.click();
    await inbox.updateComplete;
  };

/** The next page is on its way: "Meer meldingen worden geladen…" under the rows already shown, and "Meer laden" greyed out (busy) until it is in. */
export const LoadingMore: Story = { args: { options: { items: makeNotifications(60, 20), pageSize: 20 } }, play: loadMoreThen('pending') };

/** The next page failed: the rows stay, with the error and "Opnieuw proberen" under them. */
export const LoadMoreFailed: Story = { args: { options: { items: makeNotifications(60, 20), pageSize: 20, loadError: { kind: 'network' } } }, play: loadMoreThen('error') };

/** A long sender name, a long file name in the title and a body: everything wraps inside the row. */
export const LongTexts: Story = { args: { options: { items: longTextSeed() } } };
