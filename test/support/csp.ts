/**
 * The nonce that lets a test add its own `<style>` element (standing for a portal's stylesheet) under
 * the style policy the test pages are served with (web-test-runner.config.mjs). Style attributes stay
 * refused: no nonce allows them.
 */
export const testStyleNonce = 'loket-test-styles';
