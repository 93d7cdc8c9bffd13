// A build plugin that squeezes whitespace and comments out of Lit css`` literals in our sources.
// Only the static text between ${…} expressions is touched.

const CSS_LITERAL = /\bcss`((?:[^`\\]|\\.)*)`/g;

export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

function minifyLiteral(body) {
  // Split on ${...} (non-nested) so expressions stay as written.
  return body
    .split(/(\$\{[^}]*\})/)
    .map((part) => (part.startsWith('${') ? part : minifyCssText(part)))
    .join('');
}

export function minifyCssLiterals() {
  return {
    name: 'loket-minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(CSS_LITERAL, (_, body) => `css\`${minifyLiteral(body)}\``), map: null };
    },
  };
}
