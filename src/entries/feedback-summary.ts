import { LoketFeedbackSummary } from '../components/feedback-summary/feedback-summary.js';

LoketFeedbackSummary.define('loket-feedback-summary');

export { LoketFeedbackSummary };
export { normalizeSummary, type FeedbackSummaryData } from '../components/feedback-summary/feedback-summary.js';
