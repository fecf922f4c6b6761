import { describe, expect, it } from 'vitest';
import { facetsOfText } from './written-text';

const facetsOf = (text: string) => facetsOfText(text);

describe('the country the reporting is about is a place, never an actor', () => {
  it.each([
    ['en', 'The ministers stressed their commitment to the unity and territorial integrity of Syria.'],
    ['en', 'Syria’s long war has displaced millions of people from their homes.'],
    ['en', 'The envoy said talks on Syria would resume in Geneva next month.'],
    ['ru', 'Стороны подтвердили приверженность территориальной целостности Сирии.'],
    ['ru', 'Сирия остается ареной противостояния нескольких держав.'],
    ['ar', 'وأكد الوزراء التزامهم بوحدة سوريا وسلامة أراضيها.'],
    ['ar', 'تبقى سورية ساحة لصراع القوى الإقليمية.'],
  ])('in %s %j', (_lang, text) => {
    const facets = facetsOf(text);
    expect(facets.locations).toContain('Syria');
    expect(facets.actors).not.toContain('Syria');
  });

  it.each([
    ['en', 'Russia has rejected the proposal, the ministry said.', 'Russia'],
    ['ru', 'Турция отвергла это предложение.', 'Turkey'],
    ['ar', 'ورفضت تركيا هذا الاقتراح.', 'Turkey'],
  ])('keeps another state acting in %s %j an actor', (_lang, text, state) => {
    expect(facetsOf(text).actors).toContain(state);
  });
});

describe('an Arabic adjective is not the country it is formed from', () => {
  it.each([
    ['وقالت الحكومة السورية إن المعابر ستفتح غدا.'],
    ['وأعلنت الوكالة السورية للأنباء عن وصول القافلة.'],
  ])('finds no Syria in %j', (text) => {
    const facets = facetsOf(text);
    expect(facets.locations).not.toContain('Syria');
    expect(facets.actors).not.toContain('Syria');
  });

  it('still finds the country written without the article after a proclitic', () => {
    expect(facetsOf('وتنتشر المخيمات في لبنان وسورية منذ سنوات.').locations).toEqual(expect.arrayContaining(['Lebanon', 'Syria']));
  });
});

describe('a speaker named in Cyrillic or Arabic script the gazetteer lacks', () => {
  it.each([
    ['ru', 'Газван Бвидани сообщил журналистам о новых атаках на город.', 'Газван Бвидани'],
    ['ar', 'وقالت رندة قسيس إن الوفد سيصل إلى جنيف غدا.', 'رندة قسيس'],
  ])('is an actor of the %s paragraph %j', (_lang, text, name) => {
    const facets = facetsOf(text);
    expect(facets.speaker).toBe(name);
    expect(facets.actors).toContain(name);
  });
});

describe('a surname written with its article resolves to the full name of the document', () => {
  it.each([
    [['Druze leader Sheikh Hikmat al-Hijri rejected the truce.', 'Al-Hijri issued a statement denying the claims.'], 'Hikmat al-Hijri'],
    [['The commander Abu Khalil al-Zubaidi led the assault.', 'Al-Zubaidi later withdrew his men from the hills.'], 'Abu Khalil al-Zubaidi'],
  ])('in %j', (paragraphs, person) => {
    expect(facetsOfText(paragraphs, 1).actors).toContain(person);
  });

  it('adds a Latin speaker name the name finder missed to the actors', () => {
    const facets = facetsOf('Hadi al-Bahra, a leading opposition figure, promised respect for human rights.');
    expect(facets.actors).toEqual(['Hadi al-Bahra']);
  });
});

describe('a state acting through the people or side named for it', () => {
  it.each([
    ['en', 'Authorities in Jordan have allowed a one-off delivery of aid.', 'Jordan'],
    ['en', 'The regime and its patrons in Russia responded with airstrikes.', 'Russia'],
    ['ru', 'Российская сторона донесла эту позицию до партнеров.', 'Russia'],
    ['ru', 'Турецкая сторона отвергла обвинения.', 'Turkey'],
  ])('in %s %j', (_lang, text, state) => {
    expect(facetsOf(text).actors).toContain(state);
  });

  it('keeps a state after "in" a place when no agent noun leads', () => {
    const facets = facetsOf('Fighting in Iraq has displaced thousands of families.');
    expect(facets.locations).toEqual(['Iraq']);
    expect(facets.actors).toEqual([]);
  });
});

describe('a state after an Arabic preposition of place or direction is a place', () => {
  it.each([
    ['وتشن إسرائيل منذ أسابيع حربا على لبنان.', 'Lebanon'],
    ['ووصل الوفد إلى الأردن مساء أمس.', 'Jordan'],
  ])('in %j', (text, place) => {
    const facets = facetsOf(text);
    expect(facets.locations).toContain(place);
    expect(facets.actors).not.toContain(place);
  });
});
