import { describe, expect, it } from 'vitest';
import { facetsOfText } from './written-text';

describe('canonical names are the ones analysts write', () => {
  it.each([
    ['en', 'The US military said two drones were shot down.', 'groups', 'US military'],
    ['en', 'U.S. troops patrolled the oil fields on Friday.', 'groups', 'US military'],
    ['ru', 'Американские военные покинули базу ночью.', 'groups', 'US military'],
    ['ar', 'وانسحبت القوات الأمريكية من القاعدة.', 'groups', 'US military'],
    ['en', 'Some 300 families left the al-Hol camp this week.', 'locations', 'Al-Hol camp'],
    ['ru', 'Из лагеря Аль-Холь вывезли еще 300 семей.', 'locations', 'Al-Hol camp'],
    ['ar', 'وغادرت 300 عائلة مخيم الهول هذا الأسبوع.', 'locations', 'Al-Hol camp'],
    ['en', 'Clashes broke out in Theiban on Monday.', 'locations', 'Dhiban'],
    ['ar', 'اندلعت اشتباكات في بلدة ذيبان يوم الاثنين.', 'locations', 'Dhiban'],
  ] as const)('names the %s mention in %j', (_lang, text, facet, value) => {
    expect(facetsOfText(text)[facet]).toContain(value);
  });
});

describe('generic group mentions analysts tell apart', () => {
  it.each([
    ['en', 'Iran-backed militias shelled the villages east of the river.', 'Iran-backed militias'],
    ['en', 'Dozens of pro-Iranian militias withdrew from the border crossing.', 'Iran-backed militias'],
    ['ru', 'Проиранские формирования покинули пограничный переход.', 'Iran-backed militias'],
    ['ar', 'وانسحبت الميليشيات الموالية لإيران من المعبر الحدودي.', 'Iran-backed militias'],
    ['en', 'Arab tribal fighters attacked checkpoints in the eastern countryside.', 'Arab tribal fighters'],
    ['en', 'Clashes between tribal forces and the SDF went on for a week.', 'Arab tribal fighters'],
    ['ru', 'Арабские племена начали наступление на позиции курдов.', 'Arab tribal fighters'],
    ['ar', 'وهاجمت قوات العشائر العربية مواقع قسد في الريف الشرقي.', 'Arab tribal fighters'],
    ['en', 'US Central Command said the strike killed two commanders.', 'CENTCOM'],
  ])('finds the %s group in %j', (_lang, text, group) => {
    expect(facetsOfText(text).groups).toContain(group);
  });

  it.each([
    ['en', 'Iranian forces left the base after the talks.', 'Iran-backed militias'],
    ['ar', 'وانسحبت القوات الإيرانية من القاعدة.', 'Iran-backed militias'],
  ])('keeps %s state forces apart from the militias in %j', (_lang, text, group) => {
    const facets = facetsOfText(text);
    expect(facets.groups).toContain('Iranian forces');
    expect(facets.groups).not.toContain(group);
  });
});

describe('a head noun refers back to the one body the document named', () => {
  it.each([
    ['en', ['The Syrian Observatory for Human Rights said 12 people died.', 'The Observatory added that four were children.'], 'actors', 'Syrian Observatory for Human Rights'],
    ['en', ['The Syrian Observatory for Human Rights counted the dead.', 'According to Observatory director Rami Abdel Rahman, the toll will rise.'], 'actors', 'Syrian Observatory for Human Rights'],
    ['ru', ['Российский центр по примирению враждующих сторон сообщил об обстреле.', 'В Центре отметили, что жертв нет.'], 'actors', 'Russian Center for Reconciliation'],
    ['ar', ['وقال المرصد السوري لحقوق الإنسان إن 12 شخصاً قتلوا.', 'وأوضح المرصد أن بينهم أربعة أطفال.'], 'actors', 'Syrian Observatory for Human Rights'],
    ['ar', ['وسيطرت هيئة تحرير الشام على المدينة.', 'وأعلنت الهيئة حظر التجول.'], 'groups', 'Hayat Tahrir al-Sham'],
  ] as const)('in %s %j', (_lang, paragraphs, facet, value) => {
    expect(facetsOfText([...paragraphs], 1)[facet]).toContain(value);
  });

  it.each([
    ['en', ['The UN Security Council met. The Syrian National Council objected.', 'The council will meet again.'], 1, 'UN Security Council'],
    ['en', ['The observatory recorded no strikes.', 'The Syrian Observatory for Human Rights said so.'], 0, 'Syrian Observatory for Human Rights'],
    ['ar', ['وقال المرصد السوري لحقوق الإنسان إن القصف توقف.', 'وقال مرصد محلي إن القصف عاد.'], 1, 'Syrian Observatory for Human Rights'],
  ] as const)('leaves an ambiguous, earlier or indefinite head alone in %s %j (paragraph %i)', (_lang, paragraphs, index, value) => {
    expect(facetsOfText([...paragraphs], index).actors).not.toContain(value);
  });
});

describe('outlets cited as sources resolve to one canonical name in every script', () => {
  it.each([
    ['en', 'Bloomberg reported that the talks had stalled.', 'Bloomberg'],
    ['en', 'A refugee living in the Bekaa told L’Orient Today he feared deportation.', "L'Orient Today"],
    ['ru', 'Об этом пишет Bloomberg со ссылкой на свои источники.', 'Bloomberg'],
    ['ru', 'Как сообщало EADaily, переговоры отложены.', 'EADaily'],
    ['ru', 'Министр ответил на вопросы «Российской газеты».', 'Rossiyskaya Gazeta'],
    ['ru', 'Об этом сообщил телеканал «Россия 24».', 'Rossiya 24'],
    ['ar', 'وقالت في حديثها لإذاعة “غوفوريت موسكفا” إن الوضع هادئ.', 'Govorit Moskva'],
    ['ar', 'وذكر موقع تلفزيون سوريا أن الاشتباكات توقفت.', 'Syria TV'],
    ['ar', 'ونقلت قناة الحدث عن مصادر أن الرئيس غادر.', 'Al Hadath'],
  ])('finds the %s outlet in %j', (_lang, text, outlet) => {
    expect(facetsOfText(text).actors).toContain(outlet);
  });

  it.each([
    ['ru', 'Ранее газета The Times of Israel сообщала о переговорах.', 'The Times'],
    ['ar', 'وقع الحدث في وقت متأخر من الليل.', 'Al Hadath'],
    ['ru', 'Об этом сообщил телеканал «Россия 24».', 'Russia'],
  ])('does not take a %s word or a longer name for the outlet in %j', (_lang, text, value) => {
    expect(facetsOfText(text).actors).not.toContain(value);
  });
});

describe('a bare "the army" or "the coalition" in reporting on Syria', () => {
  it.each([
    ['en', ['The army recaptured the hill overnight.'], 'Syrian Arab Army'],
    ['ru', ['Армия вышла к Евфрату, освободив два района.'], 'Syrian Arab Army'],
    ['ar', ['وتقدم الجيش في ريف المدينة الجنوبي.'], 'Syrian Arab Army'],
    ['en', ['Turkish troops crossed the border.', 'The army then shelled the villages.'], 'Turkish Armed Forces'],
    ['en', ['Free Syrian Army units held the ridge.', 'The army shelled their positions.'], 'Syrian Arab Army'],
    ['en', ['The coalition carried out four strikes near the dam.'], 'US-led coalition'],
    ['ru', ['Коалиция нанесла удары по позициям боевиков.'], 'US-led coalition'],
    ['ar', ['وشن التحالف غارات على مواقع التنظيم.'], 'US-led coalition'],
  ])('resolves the %s mention in %j', (_lang, paragraphs, group) => {
    expect(facetsOfText(paragraphs, paragraphs.length - 1).groups).toContain(group);
  });

  it.each([
    ['en', ['Turkish troops and Russian forces patrolled.', 'The army held the town.'], 'Syrian Arab Army'],
    ['ar', ['وتشكلت الهيئة من تحالف فصائل مقاتلة، فيما انسحب فصيل من التحالف مؤخراً.'], 'US-led coalition'],
    ['en', ['An army of volunteers cleaned the streets.'], 'Syrian Arab Army'],
  ])('leaves an ambiguous or indefinite %s head alone in %j', (_lang, paragraphs, group) => {
    expect(facetsOfText(paragraphs, paragraphs.length - 1).groups).not.toContain(group);
  });
});
