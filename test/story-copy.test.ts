import { expect } from '@open-wc/testing';
import { copyFor, dutchTextsFor, locales, storyPhrases, translate, translateData, translateItems, type Phrase } from '../stories/support/copy.js';

// The stories' own text (stories/support/copy.ts): the type makes every Dutch text carry a French,
// English and German translation; this checks what the type cannot.
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('story copy', () => {
  it('translates every text into every language, keeping its placeholders', () => {
    for (const [dutch, translations] of Object.entries(storyPhrases)) {
      for (const locale of ['fr', 'en', 'de'] as const) {
        const text = translations[locale];
        expect(text.trim(), `${locale} of "${dutch}"`).to.equal(text);
        expect(text, `${locale} of "${dutch}"`).not.to.equal('');
        expect(placeholders(text), `placeholders in the ${locale} of "${dutch}"`).to.deep.equal(placeholders(dutch));
      }
    }
  });

  it('fills in placeholders and falls back to the Dutch text for Dutch', () => {
    expect(translate('fr', 'Nieuwe melding {n}', { n: 3 })).to.equal('Nouvelle notification 3');
    expect(translate('nl', 'Nieuwe melding {n}', { n: 3 })).to.equal('Nieuwe melding 3');
    expect(copyFor({ globals: { locale: 'xx' } }).t('Sluiten')).to.equal('Sluiten');
    expect(copyFor({ globals: { locale: 'de' } }).t('Sluiten')).to.equal('Schließen');
  });

  it('translates an arg while it is a story text and leaves what a designer typed', () => {
    const { arg, data } = copyFor({ globals: { locale: 'en' } });
    expect(arg('Aanvraag indienen')).to.equal('Submit application');
    expect(arg('Mijn eigen label')).to.equal('Mijn eigen label');
    expect(arg(undefined)).to.equal(undefined);
    const dossier = { title: 'Zorgbudget voor zwaar zorgbehoevenden', steps: [{ id: 'beslissing', label: 'Beslissing', extra: { n: 1 } }] };
    const translated = data(dossier);
    expect(translated.title).to.equal('Care budget for people with a high need of care');
    expect(translated.steps[0]).to.deep.equal({ id: 'beslissing', label: 'Decision', extra: { n: 1 } });
    expect(translated.steps[0].extra, 'unchanged parts are not copied').to.equal(dossier.steps[0].extra);
    expect(translateData('en', { name: 'Schoonmaak Peeters BV' }).name).to.equal('Schoonmaak Peeters BV');
  });

  it('translates notification titles, numbered ones included', () => {
    const items = translateItems('de', [{ title: 'Actie vereist in uw dossier Renovatiepremie (12)' }, { title: 'Stad Kortrijk' }]);
    expect(items!.map((i) => i.title)).to.deep.equal(['Handlung erforderlich in Ihrer Akte Renovierungsprämie (12)', 'Stad Kortrijk']);
  });

  it('gives the audit a pattern for every Dutch text that finds it, and never one of the translations', () => {
    expect(dutchTextsFor('nl')).to.deep.equal([]);
    for (const locale of locales.filter((l) => l !== 'nl')) {
      const texts = dutchTextsFor(locale);
      const translations = Object.values(storyPhrases).map((t) => t[locale]);
      for (const { text, pattern } of texts) {
        const regex = new RegExp(pattern, 'u');
        expect(regex.test(`(${translate('nl', text as Phrase, { variant: 'info', time: '10:00', n: 1, label: 'x' })})`), text).to.equal(true);
        expect(translations.some((t) => regex.test(t)), `${text} in ${locale}`).to.equal(false);
      }
      // Only texts that read the same in both languages are left out ("Menu", "Start" in German).
      const left = Object.keys(storyPhrases).filter((dutch) => !texts.some((t) => t.text === dutch));
      for (const dutch of left) expect(Object.values(storyPhrases).some((t) => t[locale].includes(dutch)), `${dutch} left out in ${locale}`).to.equal(true);
    }
  });
});
