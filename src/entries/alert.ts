import { LoketAlert } from '../components/alert/alert.js';

LoketAlert.define('loket-alert');

export { LoketAlert, LoketCloseEvent, type AlertVariant, type AlertLive } from '../components/alert/alert.js';
