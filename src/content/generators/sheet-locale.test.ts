/** Formulas and numbers as each locale's spreadsheet writes them in lessons and feedback. */
import { describe, expect, it } from 'vitest';
import { fx, num } from './sheet-locale.ts';

describe('fx', () => {
  it('leaves English formulas alone', () => {
    expect(fx('en', '=IF(B2>10,"Yes","No")')).toBe('=IF(B2>10,"Yes","No")');
  });

  it('writes Spanish names, ";" between arguments and a decimal comma, but not inside quoted text', () => {
    expect(fx('es', '=SUM(B2:B5)')).toBe('=SUMA(B2:B5)');
    expect(fx('es', '=IF(B2>10,"Sí, 1.5","No")')).toBe('=SI(B2>10;"Sí, 1.5";"No")');
    expect(fx('es', '=VLOOKUP(E2,$A$2:$C$5,3,FALSE)')).toBe('=BUSCARV(E2;$A$2:$C$5;3;FALSO)');
    expect(fx('es', '=ROUND(B2*0.21,2)')).toBe('=REDONDEAR(B2*0,21;2)');
    expect(fx('es', '=IFERROR(INDEX(C2:C9,MATCH(F2,A2:A9,0)),0)')).toBe('=SI.ERROR(INDICE(C2:C9;COINCIDIR(F2;A2:A9;0));0)');
  });
});

describe('num', () => {
  it('uses the locale decimal separator without grouping', () => {
    expect(num('en', 12500.25)).toBe('12500.25');
    expect(num('es', 12500.25)).toBe('12500,25');
  });
});
