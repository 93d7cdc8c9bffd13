import { LoketStatusTracker } from '../components/status-tracker/status-tracker.js';

LoketStatusTracker.define('loket-status-tracker');

export { LoketStatusTracker };
export { LoketDossierLoadEvent, normalizeDossier } from '../components/status-tracker/status-tracker.js';
export type { Dossier, DossierStep, DossierEvent, DossierAction, StepStatus } from '../components/status-tracker/status-tracker.js';
