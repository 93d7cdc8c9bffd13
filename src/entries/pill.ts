import { LoketPill } from '../components/pill/pill.js';

LoketPill.define('loket-pill');

export { LoketPill, LoketRemoveEvent, type PillVariant } from '../components/pill/pill.js';
