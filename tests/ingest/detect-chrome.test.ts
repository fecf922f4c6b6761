import { describe, expect, it } from 'vitest';
import {
  detectChrome,
  isCaptcha,
  isCaption,
  isDonationAmount,
  isIconStrip,
  isPrompt,
  isStandaloneLabel,
  isUiStrip,
} from '../../src/ingest/detect-chrome';
import { defaultChromePatterns as patterns } from '../../src/ingest/chrome-patterns';

describe('isIconStrip', () => {
  it.each([
    ['icon homeicon searchicon closeicon menuicon shareicon print'],
    ['icon facebook icon twitter icon mail icon print icon close icon up'],
  ])('flags a sprite-label strip: %s', (line) => {
    expect(isIconStrip(line, patterns)).toBe(true);
  });

  it.each([
    ['The iconic mosque was damaged by shelling on Tuesday, residents said.'],
    ['Icon, the design firm, said its office in the old city was hit.'],
  ])('keeps body text that mentions icons: %s', (line) => {
    expect(isIconStrip(line, patterns)).toBe(false);
  });
});

describe('isUiStrip', () => {
  it.each([['Home Menu Search Login Register Subscribe'], ['share tweet email print comments like']])(
    'flags a line of UI words: %s',
    (line) => {
      expect(isUiStrip(line, patterns)).toBe(true);
    },
  );

  it.each([
    ['Share prices fell sharply in the capital after the announcement.'],
    ['Home is where the heart is, he said quietly to nobody at all'],
  ])('keeps sentences: %s', (line) => {
    expect(isUiStrip(line, patterns)).toBe(false);
  });
});

describe('isPrompt', () => {
  it.each([
    ['Leave a comment'],
    ['For the latest news from the region, follow us on Twitter :'],
    ['  • Short link :'],
    ['Share this article'],
    ['Subscribe to our daily briefing'],
    ['Click to see the full-size image'],
    ['Do you value our reporting? Consider helping us!'],
    ['Sign up for our weekly digest'],
    ['Follow Valley Herald on Telegram'],
    ['Join us on WhatsApp for breaking updates'],
    ['READ MORE: Talks on the northern crossing stall again'],
    ['The statements, views and opinions expressed in this column are solely those of the author.'],
    ['Copyright © 2016 Valley Herald'],
  ])('flags a reader prompt: %s', (line) => {
    expect(isPrompt(line, patterns)).toBe(true);
  });

  it.each([
    ['“We share this concern,” the minister said.'],
    ['Residents were asked to leave a comment with the council about the water cuts.'],
    ['“Follow us on the road to the front,” the commander told his troops.'],
    ['Activists said they would follow the talks on Telegram and other channels closely.'],
  ])('keeps body sentences that contain a prompt phrase mid-clause: %s', (line) => {
    expect(isPrompt(line, patterns)).toBe(false);
  });
});

describe('isStandaloneLabel', () => {
  it.each([['Share'], ['Advertisement'], ['12 Comments'], ['• Print'], ['Read more']])('flags a UI label: %s', (line) => {
    expect(isStandaloneLabel(line, patterns)).toBe(true);
  });

  it.each([['Share prices'], ['Read more about the ceasefire terms.']])('keeps longer text: %s', (line) => {
    expect(isStandaloneLabel(line, patterns)).toBe(false);
  });
});

describe('isDonationAmount', () => {
  it.each([['0 $'], ['2,500 $'], ['$ 10'], ['€25'], ['100 USD'], ['3,896 $']])('flags a bare amount: %s', (line) => {
    expect(isDonationAmount(line)).toBe(true);
  });

  it.each([['$10 million was pledged by donors on Monday.'], ['2,500'], ['2016']])('keeps other lines: %s', (line) => {
    expect(isDonationAmount(line)).toBe(false);
  });
});

describe('isCaptcha', () => {
  it.each([['18 − two ='], ['3 + 4 = ?'], ['seven x 2 ='], ['nine – 4 =']])('flags an arithmetic puzzle: %s', (line) => {
    expect(isCaptcha(line, patterns)).toBe(true);
  });

  it.each([['Casualties rose from 18 to 20.'], ['Strength = numbers, the general said.'], ['A − B =']])(
    'keeps other lines: %s',
    (line) => {
      expect(isCaptcha(line, patterns)).toBe(false);
    },
  );
});

describe('isCaption', () => {
  it.each([
    ['Locals search the rubble after an air strike on the market. File photo'],
    ['A displaced family outside their tent in the camp. (Photo: Relief agency)'],
    ['Photo: Ahmed Khalil'],
    ['Image: A damaged school in the eastern district'],
    ['Fighters near the front line. AFP/Delil Souleiman'],
    ['Soldiers at a checkpoint on the highway. (File photo)'],
  ])('flags a caption or credit: %s', (line) => {
    expect(isCaption(line, patterns)).toBe(true);
  });

  it.each([
    ['The photo agency said its photographer was injured in the blast.'],
    ['He showed reporters a photo of the damaged clinic.'],
  ])('keeps sentences about photos: %s', (line) => {
    expect(isCaption(line, patterns)).toBe(false);
  });
});

describe('detectChrome', () => {
  it.each([
    ['icon homeicon searchicon closeicon menuicon shareicon print', 'icon-strip'],
    ['Home Menu Search Login Register Subscribe', 'ui-strip'],
    ['Leave a comment', 'prompt'],
    ['Advertisement', 'label'],
    ['5,000 $', 'donation'],
    ['18 − two =', 'captcha'],
    ['Smoke rises over the city. (Photo: Local activists)', 'caption'],
    ['Government forces entered the town on Sunday, state media reported.', null],
  ])('classifies %j as %j', (line, kind) => {
    expect(detectChrome(line, patterns)).toBe(kind);
  });
});
