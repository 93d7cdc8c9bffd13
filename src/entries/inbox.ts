import { LoketInbox } from '../components/inbox/inbox.js';

LoketInbox.define('loket-inbox');

export { LoketInbox };
