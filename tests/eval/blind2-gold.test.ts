import { describeGoldSet, type GoldFloors } from './describe-gold-set';

// A second held-out set, written after the first blind set had been used for fixes: ten articles in outlets and styles
// none of the seeds, tests/fixtures/unseen or tests/fixtures/blind cover (Reuters with meta.json, a SOHR daily toll,
// Amnesty as Markdown with front matter, France 24/AFP as saved HTML, Arab News as JSONL, Kurdistan24, Press TV,
// a Russian MFA Q&A transcript, The Times of Israel, North Press), annotated per GUIDELINES.md before the engine was
// ever run on them.
const FOLDER = new URL('../fixtures/blind2/', import.meta.url).pathname;
const GOLD = new URL('../fixtures/blind2.gold.json', import.meta.url).pathname;

// First and only blind measurement (engine as of 2026-11-22 01:50, gold untouched since written): paragraphs 89/89,
// leaked 6, metadata 28/30, speaker 82.0%, F1 actors 86.3% groups 94.6% locations 91.9% dates 87.2%; queries nDCG@10
// 90.0%, recall@10 87.2%, no-answer 1/1. Each floor sits a little below; raise them as the engine improves, never lower
// them to make a change pass. Once its misses are used to fix the engine this set is no longer blind.
const FLOORS: GoldFloors = {
  paragraphsFound: 88,
  maxLeaked: 7,
  metadataCorrect: 27,
  speaker: 0.8,
  f1: { actors: 0.84, groups: 0.92, locations: 0.89, dates: 0.85 },
  ndcg10: 0.87,
  recall10: 0.84,
  noAnswerHeld: 1,
};

describeGoldSet('blind2', FOLDER, GOLD, FLOORS);
