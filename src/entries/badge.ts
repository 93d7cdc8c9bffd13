import { LoketBadge } from '../components/badge/badge.js';

LoketBadge.define('loket-badge');

export { LoketBadge, type BadgeVariant } from '../components/badge/badge.js';
