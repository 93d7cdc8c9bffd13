// Everything a demo page needs: all Loket elements, the tokens, the opt-in page stylesheet and the portal's own layout.
import '../../src/index.js';
import '../../src/styles/tokens.css';
import '../../src/styles/page.css';
import './portal.css';
import './header.js';
import './language.js';
import './feedback.js';
