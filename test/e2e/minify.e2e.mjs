// The build's literal minifier (scripts/minify-literals.mjs): it may only touch the static text of
// css``, html`` and svg`` literals, nested ones included, and never an expression or another string.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { minifyLiterals } from '../../scripts/minify-literals.mjs';

const transform = (code) => minifyLiterals().transform(code, '/repo/src/components/x/x.ts')?.code ?? code;

describe('literal minifier', () => {
  it('turns line breaks and indentation in html`` into one space, in nested templates too', () => {
    const code = [
      'const t = html`<ul>',
      '    ${items.map((i) => html`<li>',
      '      ${i.name}',
      '    </li>`)}',
      '  </ul>`;',
    ].join('\n');
    assert.equal(transform(code), 'const t = html`<ul> ${items.map((i) => html`<li> ${i.name} </li>`)} </ul>`;');
  });

  it('leaves expressions, plain template strings and spaces within a line alone', () => {
    const code = [
      'const s = `keep\n   this`;',
      'const t = html`<p title="a  b">${`inner\n   text`}  x</p>`;',
      "const u = html`<b>${cond ? html`yes` : 'no\\n  way'}</b>`;",
    ].join('\n');
    assert.equal(
      transform(code),
      ['const s = `keep\n   this`;', 'const t = html`<p title="a  b">${`inner\n   text`}  x</p>`;', "const u = html`<b>${cond ? html`yes` : 'no\\n  way'}</b>`;"].join('\n'),
    );
  });

  it('squeezes css`` and keeps its expressions', () => {
    const code = 'const s = css`\n  /* note */\n  :host {\n    width: ${unsafeCSS(w)};\n    color: red;\n  }\n`;';
    assert.equal(transform(code), 'const s = css`:host{width:${unsafeCSS(w)};color:red}`;');
  });

  it('only transforms the library sources', () => {
    assert.equal(minifyLiterals().transform('html`<a>\n  </a>`', '/repo/stories/x.ts'), null);
  });
});
