// A build plugin that squeezes whitespace out of the Lit literals in our sources: comments and
// whitespace in css``, indentation in html`` and svg``. Only the static text between ${…} expressions
// is touched; the literals are found with the TypeScript parser, so nested templates and backticks
// inside expressions are handled. Every line break stays (or is put back at the end of its part), so
// the code keeps its line numbers and the bundle's source map stays right without a map of its own.
import ts from 'typescript';

export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

const newlines = (text) => text.split('\n').length - 1;

/**
 * One static part of a css`` literal. Next to an expression, whitespace shrinks to one space instead
 * of going (`${a} ${b}` stays two values); the line breaks removed are put back at the end.
 */
function minifyCssPart(raw, first, last) {
  let out = minifyCssText(raw);
  if (!first && /^\s/.test(raw) && !out.startsWith(' ')) out = ` ${out}`;
  if (!last && /\s$/.test(raw) && !out.endsWith(' ')) out = `${out} `;
  return out + '\n'.repeat(Math.max(0, newlines(raw) - newlines(out)));
}

/**
 * The indentation around line breaks goes; the line breaks stay. In HTML outside `pre`-like white
 * space, which our templates do not use, that renders the same.
 */
export function minifyHtmlText(text) {
  return text.replace(/[ \t]*\n[ \t]*/g, '\n');
}

const minifiers = { css: minifyCssPart, html: minifyHtmlText, svg: minifyHtmlText };

/** The edits for one source file: [start, end, replacement] of every static part of a Lit literal. */
function literalEdits(fileName, code) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && Object.hasOwn(minifiers, node.tag.text)) {
      const minify = minifiers[node.tag.text];
      const template = node.template;
      // A part's text lies between its delimiters: ` or } before it, ` or ${ after it.
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [[template, 1, 1]]
        : [[template.head, 1, 2], ...template.templateSpans.map((span) => [span.literal, 1, ts.isTemplateTail(span.literal) ? 1 : 2])];
      for (const [index, [part, open, close]] of parts.entries()) {
        const start = part.getStart(source) + open;
        const end = part.end - close;
        const raw = code.slice(start, end);
        const minified = minify(raw, index === 0, index === parts.length - 1);
        if (minified !== raw) edits.push([start, end, minified]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edits;
}

export function minifyLiterals() {
  return {
    name: 'loket-minify-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(?:css|html|svg)`/.test(code)) return null;
      const edits = literalEdits(id, code);
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
