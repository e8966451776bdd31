/**
 * Translations (content/<collection>/es/<file>): only translatable fields,
 * the same shape as the English, a recorded version that goes stale when the
 * English text changes (an error for clinical pages, a warning for others),
 * and Spanish checked for stigmatizing terms and the glossary's avoid list.
 * Translated data files hold one item per English item, with the same rules.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { glossaryProblems, languageProblems, type GlossaryTerm, type LoadedEntry } from '../../src/lib/content/rules';
import { isClinicalEntry, itemSources, missingItemProblems, translationProblems } from '../../src/lib/content/translations';
import { formatPriceRange } from '../../src/schemas/insurance';
import { translationVersion } from '../../src/lib/content/translation-version';

const english = (id: string, data: Record<string, unknown>, body = 'English text.', folder = 'pages'): LoadedEntry => ({ id, filePath: `content/${folder}/${id}.md`, data, body });
const twin = (id: string, data: Record<string, unknown>, body = 'Texto en español.', folder = 'pages'): LoadedEntry => ({
  id,
  filePath: `content/${folder}/es/${id}.md`,
  data,
  body,
  source: `---\n${Object.keys(data).map((key) => `${key}: …`).join('\n')}\n---\n${body}`,
});

const houston = english('houston', { description: 'A site.', summary: 'Short.', parking: 'Lot.', transit: 'Bus.', photoAlt: 'A building.', languages: ['English', 'Spanish'], hours: [{ days: ['monday'], opens: '09:00', closes: '17:00' }], phone: '+17135550100' }, 'Body.', 'locations');
const houstonWords = { description: 'Una sede.', summary: 'Corto.', parking: 'Lote.', transit: 'Autobús.', photoAlt: 'Un edificio.', languages: ['inglés', 'español'] };
const current = (entry: LoadedEntry, collection: 'pages' | 'faqs' | 'programs' | 'locations') => translationVersion(collection, entry.data, entry.body);

describe('the version a translation records', () => {
  it('changes with the English text, not with its facts', () => {
    const before = current(houston, 'locations');
    const newHours = { ...houston, data: { ...houston.data, hours: [{ days: ['tuesday'], opens: '10:00', closes: '18:00' }], phone: '+17135550199' } };
    expect(current(newHours, 'locations')).toBe(before);
    expect(current({ ...houston, data: { ...houston.data, parking: 'A garage.' } }, 'locations')).not.toBe(before);
    expect(current({ ...houston, body: 'Another body.' }, 'locations')).not.toBe(before);
    expect(before).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('translation rules', () => {
  it('name a fact field, the English file that keeps it, and ask to remove it', () => {
    const { errors } = translationProblems('locations', twin('houston', { translationOf: current(houston, 'locations'), ...houstonWords, hours: [] }, 'Cuerpo.', 'locations'), houston);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.field).toBe('hours');
    expect(errors[0]?.file).toBe('content/locations/es/houston.md:9');
    expect(errors[0]?.message).toContain('hours are facts kept in content/locations/houston.md; remove them here');
  });

  it('pass a current translation with only translatable fields', () => {
    expect(translationProblems('locations', twin('houston', { translationOf: current(houston, 'locations'), ...houstonWords }, 'Cuerpo.', 'locations'), houston)).toEqual({ errors: [], warnings: [] });
  });

  it('fail a stale translation of a clinical or crisis page, and only warn for other pages', () => {
    const crisis = english('crisis', { title: 'Crisis', description: 'Help now.' });
    const stale = translationProblems('pages', twin('crisis', { translationOf: '00000000', title: 'Crisis', description: 'Ayuda ahora.' }), crisis);
    expect(stale.errors.map((p) => p.field)).toEqual(['translationOf']);
    expect(stale.errors[0]?.message).toContain('npm run translations -- stamp content/pages/es/crisis.md');
    const careers = english('careers', { title: 'Careers', description: 'Jobs.' });
    const soft = translationProblems('pages', twin('careers', { translationOf: '00000000', title: 'Empleos', description: 'Trabajos.' }), careers);
    expect(soft.errors).toEqual([]);
    expect(soft.warnings.map((p) => p.field)).toEqual(['translationOf']);
  });

  it('treat reviewed pages, programs and clinical FAQ topics as clinical', () => {
    expect(isClinicalEntry('pages', english('pregnancy', { review: {} }))).toBe(true);
    expect(isClinicalEntry('programs', english('alumni', {}, '', 'programs'))).toBe(true);
    expect(isClinicalEntry('faqs', english('x', { topic: 'detox' }, '', 'faqs'))).toBe(true);
    expect(isClinicalEntry('faqs', english('y', { topic: 'cost-and-insurance' }, '', 'faqs'))).toBe(false);
    expect(isClinicalEntry('locations', houston)).toBe(false);
  });

  it('hold lists to the English shape: same length and order, only the translatable part of each item', () => {
    const iop = english('iop', { title: 'IOP', summary: 'S', description: 'D', typicalDuration: 'T', whoItsFor: ['a', 'b'], notAFitIf: [{ when: 'w', program: { collection: 'programs', id: 'detox' } }], tracks: [{ id: 'day', name: 'Day', days: ['monday'] }] }, 'Body', 'programs');
    const { errors } = translationProblems(
      'programs',
      twin('iop', { translationOf: current(iop, 'programs'), title: 'IOP', summary: 'S', description: 'D', typicalDuration: 'T', whoItsFor: ['a'], notAFitIf: [{ when: 'c', program: 'detox' }], tracks: [{ name: 'Día', days: ['monday'] }] }, 'Cuerpo', 'programs'),
      iop,
    );
    expect(errors.map((p) => p.field).sort()).toEqual(['notAFitIf[0].program', 'tracks[0].days', 'whoItsFor']);
  });

  it('report a translation with no English twin, and English text left untranslated', () => {
    expect(translationProblems('faqs', twin('nowhere', { translationOf: '00000000', question: '¿Qué?' }, 'x', 'faqs'), undefined).errors[0]?.message).toContain('There is no English entry content/faqs/nowhere.md(x)');
    const page = english('about', { title: 'About', description: 'Who we are.' });
    const missing = translationProblems('pages', twin('about', { translationOf: current(page, 'pages'), title: 'Nosotros' }), page);
    expect(missing.errors.map((p) => p.field)).toEqual(['description']);
  });
});

describe('Spanish language checks', () => {
  const spanish = (text: string): LoadedEntry => ({ id: 'x', filePath: 'content/faqs/es/x.md', data: { question: '¿Qué pasa?' }, body: text, bodyLine: 5 });

  it('find stigmatizing Spanish terms and say what to write instead', () => {
    for (const text of ['Ayudamos a cada adicto.', 'Un drogadicto también.', 'Su prueba salió limpia.', 'Tiene que estar limpio para venir.', 'Su hijo es un alcohólico.']) {
      expect(languageProblems(spanish(text), 'es'), text).toHaveLength(1);
    }
    for (const text of ['Las bebidas alcohólicas cuentan.', 'Un resultado negativo.', 'La adicción es tratable.']) expect(languageProblems(spanish(text), 'es'), text).toEqual([]);
    expect(languageProblems(spanish('Ayudamos a cada adicto.'), 'es')[0]?.message).toContain('persona con un trastorno por consumo de sustancias');
  });

  it('hold Spanish to the glossary: an avoided wording is an error naming the one to use', () => {
    const glossary = parse(readFileSync('src/i18n/glossary.es.yaml', 'utf8')) as GlossaryTerm[];
    const found = glossaryProblems(spanish('Para español, oprima el 2. Trae su aseguranza.'), glossary);
    expect(found.map((p) => p.message).join('\n')).toMatch(/"oprima".*marque/);
    expect(found.map((p) => p.message).join('\n')).toContain('"aseguranza"');
    expect(glossaryProblems(spanish('Llame al 988 y marque 2 para español. Traiga su tarjeta del seguro médico.'), glossary)).toEqual([]);
  });
});

describe('translated data files (content/es/<file>.yaml, one item per English item)', () => {
  const source = [
    '# Spanish plans',
    '- id: medicare',
    '  translationOf: "00000000"',
    '  note: Medicare paga el IOP solo en algunos lugares.',
    '',
    '- id: texas-chip',
    '  translationOf: "00000000"',
    '  status: in-network',
    '  note: Para niños y adolescentes menores de 19 años.',
  ].join('\n');
  const { sources } = itemSources('content/es/insurance-plans.yaml', source);
  const plan = (id: string, data: Record<string, unknown>): LoadedEntry => ({ id, filePath: 'content/insurance-plans.yaml', data: { id, ...data } });
  const item = (id: string, data: Record<string, unknown>): LoadedEntry => ({ id, filePath: 'content/es/insurance-plans.yaml', data: { id, ...data }, source: sources.get(id) });
  const medicare = plan('medicare', { name: 'Medicare', kind: 'medicare', status: 'not-accepted', asOf: new Date('2026-11-02'), note: 'Medicare pays for IOP only in some settings.' });
  const chip = plan('texas-chip', { name: "CHIP (Children's Health Insurance Program)", kind: 'medicaid', status: 'in-network', asOf: new Date('2026-11-02'), note: 'For children and teens under 19.' });
  const version = (entry: LoadedEntry) => translationVersion('insurancePlans', entry.data, undefined);

  it('pass a current item that leaves a proper name in English', () => {
    expect(translationProblems('insurancePlans', item('medicare', { translationOf: version(medicare), note: 'Medicare paga el IOP solo en algunos lugares.' }), medicare)).toEqual({ errors: [], warnings: [] });
  });

  it('name a fact repeated in an item, the English file and item that keep it, at its own line', () => {
    const { errors } = translationProblems('insurancePlans', item('texas-chip', { translationOf: version(chip), status: 'in-network', note: 'Para niños.' }), chip);
    expect(errors.map((p) => [p.file, p.field])).toEqual([['content/es/insurance-plans.yaml:8', 'status']]);
    expect(errors[0]?.message).toContain('the network status is a fact kept in content/insurance-plans.yaml (item "texas-chip"); remove it here');
    expect(errors[0]?.message).toContain('A translation holds only id, translationOf, name, note.');
  });

  it('report an id the English file does not have', () => {
    const { errors } = translationProblems('insurancePlans', item('medicare', { id: 'medicaid-plus', translationOf: '00000000', note: 'Nota.' }), undefined);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.field).toBe('id');
    expect(errors[0]?.message).toContain('is not an id in content/insurance-plans.yaml');
  });

  it('report every English item with no translation, and a note the English has but the item lacks', () => {
    const english = new Map([medicare, chip].map((entry) => [entry.id, entry]));
    const translated = new Map([['medicare', item('medicare', { translationOf: version(medicare), note: 'Nota.' })]]);
    const missing = missingItemProblems('insurancePlans', english, translated, 'content/es/insurance-plans.yaml');
    expect(missing.map((p) => [p.file, p.field])).toEqual([['content/es/insurance-plans.yaml', 'id']]);
    expect(missing[0]?.message).toContain('No translation of "texas-chip" from content/insurance-plans.yaml');
    expect(missingItemProblems('pages', english, translated, 'content/pages/es')).toEqual([]);
    const noNote = translationProblems('insurancePlans', item('medicare', { translationOf: version(medicare) }), medicare);
    expect(noNote.errors.map((p) => [p.file, p.field])).toEqual([['content/es/insurance-plans.yaml:2', 'note']]);
  });

  it('only warn when an item is stale: steps, plans and prices are not clinical', () => {
    const iop = { id: 'iop', filePath: 'content/self-pay-prices.yaml', data: { id: 'iop', order: 1, service: 'IOP', unit: 'week', low: 900, high: 1300, includes: 'Groups.' } };
    const stale = translationProblems('selfPayPrices', { id: 'iop', filePath: 'content/es/self-pay-prices.yaml', data: { id: 'iop', translationOf: '00000000', service: 'IOP', includes: 'Grupos.' } }, iop);
    expect(stale.errors).toEqual([]);
    expect(stale.warnings.map((p) => p.field)).toEqual(['translationOf']);
    expect(stale.warnings[0]?.message).toContain('content/self-pay-prices.yaml (item "iop")');
    expect(stale.warnings[0]?.message).toContain('npm run translations -- stamp content/es/self-pay-prices.yaml');
    const step = { id: 'call', filePath: 'content/admissions-steps.yaml', data: { id: 'call', order: 1, title: 'Call us', text: 'Call.' } };
    expect(isClinicalEntry('admissionSteps', step)).toBe(false);
    expect(isClinicalEntry('insurancePlans', medicare)).toBe(false);
  });

  it('change the version with the words of an item, never with its facts', () => {
    expect(version({ ...chip, data: { ...chip.data, status: 'out-of-network', asOf: new Date('2027-01-05') } })).toBe(version(chip));
    expect(version({ ...chip, data: { ...chip.data, note: 'For children under 19.' } })).not.toBe(version(chip));
    const iop = { id: 'iop', order: 1, service: 'IOP', unit: 'week', low: 900, high: 1300, includes: 'Groups.' };
    expect(translationVersion('selfPayPrices', { ...iop, low: 950, typicalWeeks: { min: 8, max: 14 } }, undefined)).toBe(translationVersion('selfPayPrices', iop, undefined));
  });

  it('give each item its own lines, numbered as in the file, and a YAML mistake as a problem', () => {
    expect(sources.get('medicare')?.split('\n')[1]).toBe('- id: medicare');
    expect(sources.get('medicare')?.split('\n')[7]).toBe('');
    expect(sources.get('texas-chip')?.split('\n')[7]).toBe('  status: in-network');
    const broken = itemSources('content/es/insurance-plans.yaml', '- id: medicare\n  note: "sin cerrar\n');
    expect(broken.problem?.file).toMatch(/^content\/es\/insurance-plans\.yaml:\d+/);
  });
});

describe('prices in the page language', () => {
  it('write a range with the language\'s word and US-style dollars', () => {
    expect(formatPriceRange(900, 1300, 'es')).toBe('$900 a $1,300');
    expect(formatPriceRange(undefined, undefined, 'es')).toBe('Gratis');
    expect(formatPriceRange(2100, 2900)).toBe('$2,100 to $2,900');
  });
});
