import { describe, expect, it } from 'vitest';
import { defaultChromePatterns as patterns } from '../../src/ingest/chrome-patterns';
import {
  detectDateline,
  detectDatelineOutlet,
  detectOutletLine,
  isByline,
  looksLikeHeadline,
  readBylineName,
} from '../../src/ingest/detect-metadata-line';

describe('detectDateline', () => {
  it.each([
    ['4 Jun, 2016 12:11', '2016-06-04'],
    ['June 4, 2016', '2016-06-04'],
    ['2019-09-12', '2019-09-12'],
    ['Published: 2016-06-04T12:11:00Z', '2016-06-04'],
    ['Last updated 5 March 2019', '2019-03-05'],
    ['Posted on Tuesday, 12 January 2021 | 10:05', '2021-01-12'],
    ['Newswire, March 3, 2016 Adjust font size:', '2016-03-03'],
    ['# 12 February 2018 13:50 (UTC +04:00)', '2018-02-12'],
    ['Агентство, 3 марта 2016 Размер шрифта', '2016-03-03'],
    ['الأحد 12/أبريل/2020 - 08:29 م', '2020-04-12'],
  ])('reads %j as %j', (line, iso) => {
    expect(detectDateline(line, patterns)).toBe(iso);
  });

  it.each([['On June 4, 2016, troops entered the town after a week of fighting.'], ['Updated guidance for aid workers'], ['2,500 $']])(
    'returns null for a line that is not only a date: %j',
    (line) => {
      expect(detectDateline(line, patterns)).toBeNull();
    },
  );
});

describe('isByline', () => {
  it.each([['Reporting by: Jane Roe'], ['By John Smith'], ['Written by Ahmad Ali'], ['By Jane Roe and Sam Poe'], ['Editing by Mark Heinrich'], ['By Lina Costa, Valley Herald']])(
    'flags %j',
    (line) => {
      expect(isByline(line, patterns)).toBe(true);
    },
  );

  it.each([['By Friday the troops had withdrawn from the hills.'], ['By the end of the week, 40 people had died.'], ['Bystanders said the blast shook the building.']])(
    'keeps body sentence %j',
    (line) => {
      expect(isByline(line, patterns)).toBe(false);
    },
  );
});

describe('detectOutletLine', () => {
  it.each([
    ['Source: Valley Herald', 'Valley Herald'],
    ['Source: Valley Herald.', 'Valley Herald'],
    ['Via Levant Wire', 'Levant Wire'],
  ])('reads the outlet of %j', (line, outlet) => {
    expect(detectOutletLine(line, patterns)).toBe(outlet);
  });

  it.each([['Sources said the attack was repelled after two hours of fighting.'], ['Source of the water is the river']])(
    'returns null for body text %j',
    (line) => {
      expect(detectOutletLine(line, patterns)).toBeNull();
    },
  );
});

describe('detectDatelineOutlet', () => {
  it.each([
    ['BEIRUT (Reuters) - Syrian troops advanced on Sunday.', 'Reuters'],
    ['DEIR EZ-ZOR (Valley Herald) – Water was restored on Monday.', 'Valley Herald'],
    ['HOMS – Government forces shelled the district.', null],
    ['The ministry (which denied it) – said nothing.', null],
  ])('reads %j as %j', (paragraph, outlet) => {
    expect(detectDatelineOutlet(paragraph)).toBe(outlet);
  });
});

describe('looksLikeHeadline', () => {
  it.each([
    ['Ceasefire holds in northern valley as aid convoys move in', true],
    ['Will the truce last? Residents doubt it', true],
    ['The ceasefire held for a third day on Saturday.', false],
    ['Hello', false],
  ])('judges %j as %j', (line, expected) => {
    expect(looksLikeHeadline(line)).toBe(expected);
  });
});

describe('readBylineName', () => {
  it.each([
    ['Reporting by: Lina Costa', 'Lina Costa'],
    ['By John Smith', 'John Smith'],
    ['Written by Ana Lopez and Tom Ray', 'Ana Lopez and Tom Ray'],
    ['Author: Jane Doe.', 'Jane Doe'],
    ['Автор: Иван Петров', 'Иван Петров'],
    ['بقلم: سامر أحمد', null],
  ])('reads the name in %j', (line, expected) => {
    expect(readBylineName(line)).toBe(expected);
  });

  it.each(['Additional reporting by Reuters', 'by the staff', 'Reporting by:'])('reads no name in %j', (line) => {
    expect(readBylineName(line)).toBeNull();
  });
});
