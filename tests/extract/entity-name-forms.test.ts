import { describe, expect, it } from 'vitest';
import { facetsOfText } from './written-text';

describe('inflected and short forms of a name', () => {
  it.each([
    ['ru', ['Обстрелов стало меньше, сообщил начальник российского Центра Сергей Кураленко.', 'По словам Кураленко, режим тишины эффективен.'], 'Сергей Кураленко'],
    ['ru', ['Представитель Минобороны Игорь Смирнов сообщил о потерях.', 'Смирнов добавил, что удары продолжатся.'], 'Игорь Смирнов'],
    ['ar', ['وقال المتحدث باسم قسد فرهاد شامي إن الهجوم فشل.', 'وأضاف شامي أن القوات صدت الهجوم.'], 'Farhad Shami'],
    ['en', ['HTS has appointed Mohammad Bashir as the head of the new government.', 'Bashir said the cabinet would meet on Sunday.'], 'Mohammad Bashir'],
  ])('resolves a %s surname written alone to the full name the document gave', (_lang, paragraphs, canonical) => {
    expect(facetsOfText(paragraphs, 0).actors).toContain(canonical);
    expect(facetsOfText(paragraphs, 1).actors).toContain(canonical);
  });

  it.each([
    ['ru', 'Встречу с Марией Захаровой перенесли на пятницу.', 'Maria Zakharova'],
    ['ru', 'Журналисты спросили Сергея Лаврова о переговорах.', 'Sergey Lavrov'],
    ['ar', 'ورأى بيدرسون أن اجتماع اللجنة كان خطوة إيجابية.', 'Geir Pedersen'],
  ])('matches a known person in an oblique case or another spelling in %s %j', (_lang, text, canonical) => {
    expect(facetsOfText(text).actors).toContain(canonical);
  });

  it('takes no place before a title\'s holder for a part of the name (ru)', () => {
    expect(facetsOfText('США на переговорах представляет посол в Казахстане Джордж Крол.').actors).not.toContain('Казахстане Джордж Крол');
  });

  it('links an Arabic surname written alone only beside a say-verb', () => {
    const paragraphs = ['وقال المتحدث باسم قسد فرهاد شامي إن الهجوم فشل.', 'وتقع البلدة قرب شامي على الطريق الدولي.'];
    expect(facetsOfText(paragraphs, 1).actors).not.toContain('Farhad Shami');
  });
});
