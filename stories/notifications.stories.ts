import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/entries/notifications.js';
import { burgerprofielSeed, makeNotification, makeNotifications, NOW, type FakeOptions, longTextSeed } from '../test/support/fake-source.js';
import { copyFor } from './support/copy.js';
import { sourceFor } from './support/source.js';
import { until } from '../test/support/fake-notifications.js';

/**
 * Every story runs on an in-memory `FakeSource` (test/support/fake-source.ts): no backend needed.
 * In a portal, use `<loket-notifications endpoint="/api/notifications" inbox-url="/inbox.html">`.
 */
interface NotificationsArgs {
  open: boolean;
  inboxUrl: string;
  loginUrl?: string;
  options: FakeOptions;
  /** Pushes a new notification every few seconds while the story is shown. */
  live?: boolean;
  /** Not set by the stories: they run on an in-memory source. */
  endpoint?: string;
  token?: string;
}

/** The live story's timer, stopped when the story renders again. */
let liveTimer: ReturnType<typeof setInterval> | undefined;

const meta: Meta<NotificationsArgs> = {
  title: 'Components/Notifications',
  component: 'loket-notifications',
  tags: ['autodocs'],
  args: { open: true, inboxUrl: '/inbox.html', options: { items: burgerprofielSeed() } },
  argTypes: {
    open: { control: 'boolean' },
    inboxUrl: { control: 'text' },
    loginUrl: { control: 'text' },
    options: { control: false, description: 'The in-memory `FakeSource` the story uses: its items and how it behaves (story only).', table: { category: 'story' } },
    live: { control: false, description: 'Pushes a new notification every 4 seconds (story only).', table: { category: 'story' } },
    // The stories run on an in-memory source, which takes the place of the store for `endpoint`.
    endpoint: { control: false },
    token: { control: false },
  },
  parameters: { layout: 'padded' },
  // The items' titles are shown in the toolbar's language; senders are names and stay as they are.
  render: ({ open, inboxUrl, loginUrl, options, live }, context) => {
    const { t, locale } = copyFor(context);
    const source = sourceFor(options, locale);
    clearInterval(liveTimer); // a new render (another language) has a new source
    if (live) {
      let n = 0;
      const timer = (liveTimer = setInterval(() => {
        n += 1;
        const el = document.querySelector('loket-notifications');
        if (!el?.isConnected) return clearInterval(timer);
        source.push(makeNotification(900 + n, { id: `live-${n}`, title: t('Nieuwe melding {n}', { n }), createdAt: new Date(Date.now()).toISOString() }));
      }, 4000));
    }
    // Room for the open panel (at most 40rem under the bell), so it stays inside the story on a docs page.
    return html`<div style="display:flex;justify-content:flex-end;min-height:44rem">
      <loket-notifications .source=${source} ?open=${open} inbox-url=${inboxUrl} login-url=${ifDefined(loginUrl)}></loket-notifications>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<NotificationsArgs>;

/** The Mijn Burgerprofiel example: grouped by sender, "N oudere meldingen", "Actie vereist". */
export const Grouped: Story = {};

/** On a phone: the panel spans the screen's width, just under the bell. */
export const OnAPhone: Story = { globals: { viewport: { value: 'mobile1', isRotated: false } } };

/** Closed: the bell with its badge. Its accessible name is "Meldingen, 4 ongelezen". */
export const Closed: Story = { args: { open: false } };

/**
 * In a portal whose header has `overflow: hidden` and whose content is stacked above the header
 * (`z-index`): the panel opens in the browser's top layer, whole and on top, and follows the bell
 * when the page scrolls.
 */
export const InAClippingHeader: Story = {
  render: ({ open, inboxUrl, options }, context) => {
    const { t, locale } = copyFor(context);
    const source = sourceFor(options, locale);
    return html`<div style="display:flex;justify-content:flex-end;height:3.5rem;overflow:hidden;position:relative;z-index:1;border-bottom:1px solid #cbd2da">
        <loket-notifications .source=${source} ?open=${open} inbox-url=${inboxUrl}></loket-notifications>
      </div>
      <div style="position:relative;z-index:2;min-height:41rem;background:#fff">
        <p>${t('De inhoud van het portaal ligt boven zijn kop, en die kop knipt af wat eruit steekt. Het paneel opent er toch volledig boven.')}</p>
      </div>`;
  },
};

/** 150 unread: the badge shows "99+", the name keeps the exact count. */
export const ManyUnread: Story = { args: { open: false, options: { items: makeNotifications(150) } } };

/** Unread many, open. */
export const ManyUnreadOpen: Story = { args: { options: { items: makeNotifications(150) } } };

/** Items that need the reader to act carry the "Actie vereist" pill. */
export const ActionRequired: Story = {
  args: {
    options: {
      items: [
        makeNotification(3, { id: 'a1', title: 'Actie vereist in uw dossier Renovatiepremie', actionRequired: true }),
        makeNotification(4, { id: 'a2', title: 'Actie vereist voor betaling van uw verkeersbelasting: 21 juli', actionRequired: true }),
        makeNotification(1, { id: 'a3', title: 'U ontving een betaling ihkv uw dossier Hulpmiddelen', actionRequired: false }),
      ],
    },
  },
};

export const Empty: Story = { args: { options: { items: [] } } };

/** The first page is still on its way. */
export const Loading: Story = { args: { options: { items: [], load: 'pending' } } };

/** The first page failed; "Opnieuw proberen" retries. */
export const LoadError: Story = { args: { options: { items: burgerprofielSeed(), load: 'error', loadError: { kind: 'server', status: 500 } } } };

/** Offline, with a read waiting in the queue. */
export const Offline: Story = { args: { options: { items: burgerprofielSeed(), connection: 'offline', pending: 1 } } };

/** The server refuses "mark all read": the store rolls back, the panel says so (the story presses "Alles als gelezen markeren"). */
export const RefusedAction: Story = {
  args: { options: { items: burgerprofielSeed(), refuse: ['read', 'read-all'] } },
  play: async ({ canvasElement }) => {
    const bell = canvasElement.querySelector('loket-notifications')!;
    (await until(() => bell.shadowRoot?.querySelector<HTMLButtonElement>('.mark-all[aria-disabled="false"]')))!.click();
    await until(() => bell.shadowRoot?.querySelector('.message.error'));
  },
};

/** A new notification arrives every 4 seconds: while open, "N nieuwe meldingen" reveals them. */
export const LiveArrivals: Story = { args: { live: true } };

/** 10,000 items in the store: the panel groups them and stays quick. */
export const TenThousand: Story = { args: { options: { items: makeNotifications(10000, 120) } } };

/** Hostile data: markup in titles is text, a javascript: URL is never followed. */
export const HostileData: Story = {
  args: {
    options: {
      items: [makeNotification(0, { id: 'x', title: '<img src=x onerror=alert(1)> <b>geen HTML</b>', url: 'javascript:alert(1)', createdAt: new Date(NOW).toISOString() })],
    },
  },
};

/** Nothing unread: no badge on the bell, and "Alles als gelezen markeren" is unavailable. */
export const AllRead: Story = {
  args: { options: { items: burgerprofielSeed().map((item) => ({ ...item, readAt: item.readAt ?? new Date(NOW).toISOString() })) } },
};

/** A sender's older notifications, expanded with "2 oudere meldingen". */
export const OlderExpanded: Story = {
  play: async ({ canvasElement }) => {
    const bell = canvasElement.querySelector('loket-notifications')!;
    await until(() => bell.shadowRoot?.querySelector<HTMLButtonElement>('.more'));
    bell.shadowRoot!.querySelector<HTMLButtonElement>('.more')!.click();
    await bell.updateComplete;
  },
};

/** The session expired (401): the panel asks the person to sign in again, with a link to `login-url`. */
export const SignInAgain: Story = { args: { loginUrl: '/api/login', options: { items: [], load: 'error', loadError: { kind: 'unauthorized', status: 401 } } } };

/** A long sender name and a title with a long file name wrap inside the panel. */
export const LongTexts: Story = { args: { options: { items: longTextSeed() } } };

