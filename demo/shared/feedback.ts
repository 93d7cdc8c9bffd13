// The standing feedback option on every demo page: a fixed "Geef feedback" button at the bottom right.
// Pages may set data-feedback-context on <body> to tag the service; the default is "dienstencheques".
// The page keeps room at the bottom (scroll-padding) so focused elements are not scrolled under the
// button; the button itself also moves aside when the focused element would be under it.
import '../../src/entries/feedback.js';

function addFeedback(): void {
  if (document.querySelector('loket-feedback[placement="fixed"]')) return;
  const feedback = document.createElement('loket-feedback');
  feedback.setAttribute('placement', 'fixed');
  feedback.setAttribute('endpoint', '/api/feedback');
  feedback.setAttribute('context', document.body.dataset.feedbackContext ?? 'dienstencheques');
  document.body.append(feedback);
  document.documentElement.style.scrollPaddingBottom = '5rem';
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', addFeedback, { once: true });
else addFeedback();
