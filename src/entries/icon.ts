import { LoketIcon } from '../components/icon/icon.js';

LoketIcon.define('loket-icon');

export { LoketIcon, iconNames, type IconName } from '../components/icon/icon.js';
