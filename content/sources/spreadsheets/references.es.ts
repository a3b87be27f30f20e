/** Relative, absolute and mixed references in Spanish: lessons and items of references.ts. */
import type { SpanishSkills } from '../pack-builder.ts';
import { REFERENCE_TABLES as T } from './references.ts';
import { tx } from './es-helpers.ts';

export const REFERENCES_ES: SpanishSkills = {
  'relative-references': {
    explanation: `
Una referencia normal, como \`B2\`, es **relativa**: significa «la celda que está a tantas filas y columnas de aquí». Si copias \`=B2*C2\` de D2 a D3, se convierte en \`=B3*C3\`: cada fila calcula su propio total. Si la copias una columna a la derecha, la B pasa a ser C y la C pasa a ser D.

Por eso una sola fórmula, copiada hacia abajo en una columna, sirve para todas las filas.`,
    workedExample: `
D2 contiene \`=B2*C2\`. Si la copias hacia abajo hasta D5, las copias son \`=B3*C3\`, \`=B4*C4\` y \`=B5*C5\`.`,
    items: [
      tx({ stem: 'La celda D2 contiene `=B2*C2`. Copias D2 en **D5**. ¿Qué fórmula queda en D5?', hints: ['D5 está 3 filas por debajo de D2.', 'Cada número de fila relativo aumenta en 3.'], solution: 'Al bajar 3 filas, cada fila relativa suma 3: `=B5*C5`.', misconceptions: [{ feedback: 'Las referencias relativas se mueven con la fórmula: al copiarla 3 filas más abajo, B2 pasa a ser B5.' }] }),
      tx({ stem: 'La celda C3 contiene `=A3+B3`. Copias C3 una columna a la derecha, en **D3**. ¿Qué fórmula queda en D3?', hints: ['Al moverte una columna a la derecha cambian las letras, no los números de fila.', 'La A pasa a ser B y la B pasa a ser C.'], solution: 'Una columna a la derecha: A→B y B→C, así que `=B3+C3`.' }),
    ],
  },
  'absolute-references': {
    explanation: `
A veces todas las copias tienen que usar la **misma** celda: un tipo de IVA, un precio por hora, un total. Pon \`$\` delante de la letra de la columna y del número de fila: \`$E$2\` no se mueve nunca al copiarla.

\`=B2*$E$2\` copiada hacia abajo se convierte en \`=B3*$E$2\`, \`=B4*$E$2\`: el precio se mueve y el tipo se queda quieto. Sin los dólares, las copias apuntarían a E3, E4 (celdas vacías) y darían 0 o #¡DIV/0!. Truco: al escribir la referencia, la tecla F4 añade los dólares.`,
    workedExample: `
Impuesto de cada artículo = precio × tipo impositivo de E2. En C2: \`=B2*$E$2\` → 40 × 0,08 = 3,2. Copiada hacia abajo, C3 contiene \`=B3*$E$2\` → 9,6.`,
    items: [
      tx({ stem: 'En C2, escribe el impuesto de la lámpara (precio × el tipo impositivo de E2). La fórmula se copiará hasta C5, así que todas las filas deben usar E2.', hints: ['Multiplica el precio de B2 por el tipo de E2.', 'Fija E2 con signos de dólar para que no se mueva al copiar: `$E$2`.'], solution: '`=B2*$E$2`: B2 baja con cada copia y `$E$2` se queda en el tipo impositivo.', misconceptions: [{ feedback: 'Bien para la lámpara, pero al copiarla se convierte en =B3*E3, y E3 está vacía. Escribe `$E$2`.' }] }, T.TAX),
      tx({ stem: 'En C2, escribe el sueldo de Ana (horas × el precio por hora de E2), lista para copiarla hasta C4.', hints: ['Sueldo = horas × precio por hora.', 'El precio por hora está siempre en E2: hazla absoluta.'], solution: '`=B2*$E$2` da 30 × 18 = 540, y cada copia usa el mismo precio por hora.', misconceptions: [{ feedback: 'Las horas tienen que bajar con cada fila; solo el precio por hora es fijo. Usa B2, no `$B$2`.' }] }, T.HOURS),
      tx({ stem: '¿Qué referencia sigue apuntando a la misma celda la copies donde la copies?', choices: [{ text: '`A1`' }, { text: '`$A1`', feedback: '`$A1` solo fija la columna: la fila sigue cambiando al copiar hacia arriba o hacia abajo.' }, { text: '`A$1`', feedback: '`A$1` solo fija la fila: la columna sigue cambiando al copiar hacia los lados.' }, { text: '`$A$1`' }], hints: ['Un $ fija la parte que va justo detrás.', 'Para fijar la columna y la fila hacen falta dos signos de dólar.'], solution: '`$A$1` fija la columna y la fila, así que no se mueve nunca.' }),
    ],
  },
  'mixed-references': {
    explanation: `
Una referencia **mixta** fija solo una parte: \`$A2\` mantiene la columna A pero deja que la fila se mueva; \`B$1\` mantiene la fila 1 pero deja que la columna se mueva.

En una cuadrícula con valores bajando por la columna A y cruzando por la fila 1, \`=$A2*B$1\` en B2 se puede copiar hacia la derecha **y** hacia abajo: cada celda multiplica el valor de la columna A de su fila por el valor de la fila 1 de su columna.`,
    workedExample: `
B2 contiene \`=$A2*B$1\`. Copiada en D4 (2 columnas a la derecha y 2 filas abajo) se convierte en \`=$A4*D$1\`: la A se queda, el 1 se queda y lo demás se mueve.`,
    items: [
      tx({ stem: 'La fila 1 y la columna A tienen los números del 1 al 4. En B2, escribe una sola fórmula que, copiada a la derecha hasta E2 y hacia abajo hasta la fila 5, complete la tabla de multiplicar.', hints: ['Cada celda multiplica el número de la columna A de su fila por el número de la fila 1 de su columna.', 'Fija la columna de la primera referencia (`$A2`) y la fila de la segunda (`B$1`).'], solution: '`=$A2*B$1`: el `$A` hace que todas las copias lean la columna A, y el `$1`, que lean la fila 1.', misconceptions: [{ feedback: 'Sin $, las copias se desplazan: C3 calcularía =B3*C2. Fija la columna A en la primera referencia y la fila 1 en la segunda.' }, { feedback: 'Las referencias absolutas completas no se mueven nunca, así que todas las celdas mostrarían 1 × 1.' }] }, T.TIMES),
      tx({ stem: 'B2 contiene `=$A2*B$1`. La copias en **C3**. ¿Qué fórmula queda en C3?', hints: ['C3 está una columna a la derecha y una fila más abajo que B2.', 'Lo que va detrás de un `$` se queda; lo demás se mueve uno.'], solution: '`$A` se queda y el 2 pasa a 3; la B pasa a C y `$1` se queda: `=$A3*C$1`.', misconceptions: [{ feedback: 'Solo están fijas las partes que van detrás de un $; las demás se mueven.' }, { feedback: 'Las partes que van detrás de un $ no se mueven: `$A` sigue siendo A y `$1` sigue siendo 1.' }] }),
      tx({ stem: 'La fila 1 tiene los números del 1 al 4. En B2, escribe una fórmula que duplique el número de arriba de su columna, lista para copiarla a la derecha hasta E2 y hacia abajo hasta la fila 5 (todas las filas muestran los mismos encabezados duplicados).', hints: ['Usa B1, el encabezado de esta columna.', 'Al copiar hacia abajo, la fila tiene que seguir siendo la 1: escribe `B$1`.'], solution: '`=B$1*2`: la columna se mueve con cada copia y la fila se queda en la 1.', misconceptions: [{ feedback: 'Al copiarla hacia abajo, B1 pasa a ser B2, B3... Fija la fila: `B$1`.' }] }, T.TIMES),
    ],
  },
};
