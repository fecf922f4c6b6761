// Moved to src/text (the one text-analysis module); this re-export only keeps modules written against the old path compiling.
export * from '../text';
