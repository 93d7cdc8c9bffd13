import { LoketButton } from '../components/button/button.js';

LoketButton.define('loket-button');

export { LoketButton };
export type { ButtonVariant, ButtonSize, ButtonType } from '../components/button/button.js';
