// The build's literal minifier (scripts/minify-literals.mjs): it may only touch the static text of
// css``, html`` and svg`` literals, nested ones included, never an expression or another string, and
// it keeps every line where it was, so the bundle's source map stays right.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { minifyLiterals } from '../../scripts/minify-literals.mjs';

const transform = (code) => minifyLiterals().transform(code, '/repo/src/components/x/x.ts')?.code ?? code;
const lines = (text) => text.split('\n').length;

describe('literal minifier', () => {
  it('drops the indentation in html``, in nested templates too, and keeps the line breaks', () => {
    const code = [
      'const t = html`<ul>',
      '    ${items.map((i) => html`<li>',
      '      ${i.name}',
      '    </li>`)}',
      '  </ul>`;',
    ].join('\n');
    assert.equal(transform(code), ['const t = html`<ul>', '${items.map((i) => html`<li>', '${i.name}', '</li>`)}', '</ul>`;'].join('\n'));
  });

  it('leaves expressions, plain template strings and spaces within a line alone', () => {
    const code = [
      'const s = `keep\n   this`;',
      'const t = html`<p title="a  b">${`inner\n   text`}  x</p>`;',
      "const u = html`<b>${cond ? html`yes` : 'no\\n  way'}</b>`;",
    ].join('\n');
    assert.equal(transform(code), code);
  });

  it('squeezes css`` but keeps one space next to an expression and every line', () => {
    const code = 'const s = css`\n  /* note */\n  :host {\n    padding: ${a} ${b};\n    color: red;\n  }\n`;\nthrow new Error();';
    const out = transform(code);
    assert.equal(out.replace(/\n/g, ''), 'const s = css`:host{padding: ${a} ${b};color:red}`;throw new Error();');
    assert.equal(lines(out), lines(code), 'the throw stays on its line');
  });

  it('only transforms the library sources', () => {
    assert.equal(minifyLiterals().transform('html`<a>\n  </a>`', '/repo/stories/x.ts'), null);
  });
});
