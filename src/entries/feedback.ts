import { LoketFeedback } from '../components/feedback/feedback.js';

LoketFeedback.define('loket-feedback');

export { LoketFeedback };
export type { FeedbackPayload, FeedbackPlacement } from '../components/feedback/feedback.js';
