import { expect, test } from 'vitest';
import { castText } from './cast-text';

test('the first six of the cast with their roles, then how many more', () => {
  expect(castText([{ name: 'Atsumi Tanezaki', role: 'Frieren' }, { name: 'Narrator', role: null }])).toBe('Atsumi Tanezaki (Frieren), Narrator');
  const twelve = Array.from({ length: 12 }, (_, k) => ({ name: `P${k}`, role: `R${k}` }));
  expect(castText(twelve)).toBe('P0 (R0), P1 (R1), P2 (R2), P3 (R3), P4 (R4), P5 (R5) and 6 more');
});
