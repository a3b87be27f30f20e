/** Spreadsheet basics in Spanish: lessons and items of basics.ts, as a trainer would write them. */
import type { SpanishSkills } from '../pack-builder.ts';
import { BASICS_TABLES as T } from './basics.ts';
import { es, showsStem, tx } from './es-helpers.ts';

export const BASICS_ES: SpanishSkills = {
  'cell-references': {
    explanation: `
Una hoja de cálculo es una cuadrícula. Las columnas se nombran con **letras** (A, B, C...) y las filas con **números** (1, 2, 3...). La dirección de una celda es la letra de su columna seguida del número de su fila: **C3** es la columna C, fila 3.

Una fórmula siempre empieza por \`=\`. Si escribes \`=C3\` en otra celda, verás lo que haya en C3, y se actualizará cuando C3 cambie. Esa es la gracia de las referencias: cambias el dato una vez y todas las fórmulas que lo usan se ponen al día.

La fila 1 suele llevar los encabezados, pero sigue siendo la fila 1.`,
    workedExample: `
En la tabla de pedidos, la fila de encabezados es la 1, así que *Papel* está en la fila 3. Su precio está en la columna C, así que el precio del papel está en **C3** (4,25). Una celda con \`=C3*2\` mostraría 8,5.`,
    items: [
      tx({ stem: '¿Qué valor hay en la celda **C3**?', hints: ['Primero va la letra de la columna: C es la tercera columna.', 'La fila 1 es la de los encabezados, así que la fila 3 es el segundo artículo (Papel).'], solution: 'La columna C es *Precio* y la fila 3 es *Papel*, así que C3 contiene 4,25.', misconceptions: [{ feedback: 'Ese valor está en C4. La fila 1 son los encabezados, así que la fila 3 es la segunda fila de datos.' }, { feedback: 'Ese valor está en B3 (la cantidad). La columna C es la del precio.' }] }, T.ORDERS),
      tx({ stem: '¿En qué celda está la **cantidad** de grapadoras? Escribe su dirección, por ejemplo A1.', hints: ['Las cantidades están en la columna B.', 'La grapadora está en la fila 4 (la fila 1 es la de los encabezados).'], solution: 'Las cantidades están en la columna B y la grapadora en la fila 4, así que la celda es **B4**.', misconceptions: [{ feedback: 'La fila 1, la de los encabezados, también cuenta: la grapadora está en la fila 4.' }, { feedback: 'Primero va la letra de la columna y después el número de fila: B4.' }] }, T.ORDERS),
      tx({ stem: 'En E2, escribe una fórmula que muestre la cantidad de bolígrafos (para que se actualice si cambia la cantidad).', hints: ['Una fórmula empieza por = y puede ser solo una referencia a una celda.', 'La cantidad de bolígrafos está en B2.'], solution: '`=B2` muestra el valor de B2 y lo sigue cuando cambia.' }, T.ORDERS),
      tx({ stem: '¿Qué muestra `=B5`?', hints: ['La columna B es la cantidad.', 'La fila 5 es la de las carpetas.'], solution: 'B5 es la cantidad de carpetas: 20.' }, T.ORDERS),
    ],
  },
  ranges: {
    explanation: `
Un **rango** es un rectángulo de celdas que se escribe *primera celda*:*última celda*. \`B2:B5\` son las cuatro celdas B2, B3, B4 y B5; \`B2:D4\` son 3 columnas (B, C, D) por 3 filas (2, 3, 4), es decir, 9 celdas.

Funciones como SUMA trabajan con rangos: \`=SUMA(B2:B5)\` suma las cuatro celdas. Si la columna tiene un encabezado en la fila 1, empieza el rango en la fila 2 para dejarlo fuera.`,
    workedExample: `
Todos los precios de la tabla de pedidos están de C2 a C5, así que el rango es \`C2:C5\`. Para sumar las cantidades: \`=SUMA(B2:B5)\` da 12 + 5 + 2 + 20 = 39.`,
    items: [
      tx({ stem: '¿Cuántas celdas tiene el rango **B2:D4**?', hints: ['Cuenta las columnas de B a D y las filas de 2 a 4, incluidos los extremos.', 'B, C, D son 3 columnas; las filas 2, 3, 4 son 3 filas.'], solution: '3 columnas × 3 filas = 9 celdas.', misconceptions: [{ feedback: 'Los extremos cuentan: de B a D hay 3 columnas (B, C, D) y de 2 a 4 hay 3 filas.' }, { feedback: 'Cuenta los dos extremos: B, C, D son 3 columnas y las filas 2, 3, 4 son 3 filas, así que 3 × 3.' }] }, T.ORDERS),
      tx({ stem: 'Escribe el rango que contiene **todos los precios** (sin el encabezado).', hints: ['Los precios están en la columna C.', 'Las filas de datos van de la 2 a la 5.'], solution: 'Los precios son C2, C3, C4 y C5: el rango **C2:C5**.', misconceptions: [{ feedback: 'C1 es el encabezado «Precio». Empieza el rango en la fila 2.' }, { feedback: 'Los rangos se escriben con dos puntos: C2:C5.' }] }, T.ORDERS),
      tx({ stem: 'En B6, escribe una fórmula que sume todas las cantidades usando un rango.', hints: ['Las cantidades están de B2 a B5.', 'Usa SUMA con el rango B2:B5.'], solution: '`=SUMA(B2:B5)` suma las cuatro cantidades.' }, T.ORDERS),
    ],
  },
  'arithmetic-operators': {
    explanation: `
Los operadores aritméticos son \`+\` (sumar), \`-\` (restar), \`*\` (multiplicar, no ×) y \`/\` (dividir, no ÷). Construye las fórmulas con **referencias**, no con números tecleados: \`=B2*C2\` sigue funcionando cuando cambian la cantidad o el precio; \`=18\` no.`,
    workedExample: `
Importe de los bolígrafos: cantidad × precio, así que en D2 escribes \`=B2*C2\` → 12 × 1,5 = 18. Lo que le queda a Ventas: \`=B2-C2\` → 5000 − 3250 = 1750.`,
    items: [
      tx({ stem: 'En D2, escribe una fórmula para el importe total de los bolígrafos (cantidad por precio).', hints: ['Multiplica la cantidad (B2) por el precio (C2).', 'El operador de multiplicar es *.'], solution: '`=B2*C2` da 12 × 1,5 = 18.', misconceptions: [{ feedback: 'Eso suma la cantidad y el precio. El importe es cantidad **por** precio: usa *.' }] }, T.ORDERS),
      tx({ stem: 'En D2, escribe una fórmula para lo que le queda del presupuesto a Ventas.', hints: ['Disponible = presupuesto − gastado.', 'Usa B2 y C2.'], solution: '`=B2-C2` da 5000 − 3250 = 1750.', misconceptions: [{ feedback: 'Eso es gastado − presupuesto (negativo cuando sobra dinero). Resta lo gastado del presupuesto.' }] }, T.BUDGET),
      tx({ stem: showsStem('=B3-C3'), hints: ['B3 es el presupuesto de Soporte y C3 lo que ha gastado.', 'Resta: 2400 − 2610.'], solution: '2400 − 2610 = −210: Soporte se ha pasado 210 del presupuesto.', misconceptions: [{ feedback: 'Fíjate en el signo: Soporte gastó más que su presupuesto, así que el resultado es negativo.' }] }, T.BUDGET),
      tx({ stem: showsStem('=B5/4'), hints: ['B5 es la cantidad de carpetas.', 'Divídela entre 4.'], solution: '20 ÷ 4 = 5.' }, T.ORDERS),
    ],
  },
  'order-of-operations': {
    explanation: `
Las hojas de cálculo siguen el orden de siempre: primero los **paréntesis**, después las **potencias** (\`^\`), luego \`*\` y \`/\`, y por último \`+\` y \`-\`; dentro de un mismo nivel, de izquierda a derecha. Así, \`=2+3*4\` da 14, no 20.

Pon entre paréntesis lo que tenga que hacerse primero: la media de dos celdas es \`=(B2+C2)/2\`, no \`=B2+C2/2\` (que solo divide C2 entre 2).`,
    workedExample: `
\`=(2+3)*4\` da 20 porque el paréntesis va primero. \`=10-2^2\` da 6, porque la potencia va antes que la resta.`,
    items: [
      tx({ stem: showsStem('=2+3*4'), hints: ['La multiplicación va antes que la suma.', 'Primero 3*4 y después súmale 2.'], solution: '3 × 4 = 12 y luego 2 + 12 = 14.', misconceptions: [{ feedback: 'Eso es operar de izquierda a derecha. La multiplicación va antes que la suma: primero 3*4.' }] }, T.ORDERS),
      tx({ stem: showsStem('=(2+3)*4'), hints: ['Los paréntesis van primero.', '2+3 = 5 y después multiplica.'], solution: '(2 + 3) × 4 = 20.' }, T.ORDERS),
      tx({ stem: 'En D2, escribe una fórmula para la **media** del presupuesto y lo gastado por Ventas (sin usar ninguna función).', hints: ['Suma las dos celdas y divide entre 2.', 'Pon la suma entre paréntesis para que se haga primero.'], solution: '`=(B2+C2)/2` da (5000 + 3250) ÷ 2 = 4125.', misconceptions: [{ feedback: 'Sin paréntesis solo se divide C2. Escribe =(B2+C2)/2.' }] }, T.BUDGET),
      tx({ stem: showsStem('=B2-C2*2'), hints: ['Se multiplica antes de restar.', 'Primero C2*2 = 6500.'], solution: '3250 × 2 = 6500, y 5000 − 6500 = −1500.', misconceptions: [{ feedback: 'Eso resta primero. La multiplicación va antes que la resta.' }] }, T.BUDGET),
    ],
  },
  sum: {
    explanation: `
\`=SUMA(rango)\` suma todos los números del rango. El texto y las celdas vacías se saltan. Puedes dar varios rangos o celdas: \`=SUMA(B2:B5;D2)\`.

SUMA es más segura que \`=B2+B3+B4+B5\`: si insertas una fila dentro del rango, se incluye sola. (En Excel o Calc en inglés, la función se llama SUM y los argumentos se separan con comas.)`,
    workedExample: `
Cantidad total pedida: \`=SUMA(B2:B5)\` → 12 + 5 + 2 + 20 = 39.`,
    items: [
      tx({ stem: 'En C5, escribe una fórmula para el total gastado por los tres equipos.', hints: ['Lo gastado está en C2:C4.', 'Usa SUMA con ese rango.'], solution: '`=SUMA(C2:C4)` da 3250 + 2610 + 1875 = 7735.', misconceptions: [{ answer: es('=SUM(B2:B4)'), feedback: 'La columna B es el presupuesto; lo gastado está en la columna C.' }] }, T.BUDGET),
      tx({ stem: showsStem('=SUM(B2:C2)'), hints: ['B2:C2 son dos celdas juntas: el presupuesto de Ventas y lo que ha gastado.', 'Suma 5000 y 3250.'], solution: '5000 + 3250 = 8250.' }, T.BUDGET),
    ],
  },
  'average-min-max': {
    explanation: `
- \`=PROMEDIO(rango)\`: la media, es decir, la suma de los números dividida entre cuántos números hay.
- \`=MIN(rango)\` y \`=MAX(rango)\`: el número más pequeño y el más grande.

Las celdas vacías y el texto no cuentan, así que no bajan la media; un 0 sí es un número y sí cuenta.`,
    workedExample: `
Con ventas de 120, 80 y 100: \`=PROMEDIO(B2:B4)\` da 300 ÷ 3 = 100, \`=MIN(B2:B4)\` da 80 y \`=MAX(B2:B4)\` da 120.`,
    items: [
      tx({ stem: showsStem('=AVERAGE(B2:B6)'), hints: ['PROMEDIO se salta el texto y las celdas vacías.', 'Los números son 12, 15 y 9.'], solution: '(12 + 15 + 9) ÷ 3 = 12.', misconceptions: [{ answer: '7,2', feedback: 'PROMEDIO no cuenta «ausente» ni la celda vacía: divide entre los 3 números, no entre 5.' }] }, T.SCORES),
      tx({ stem: 'En B5, escribe una fórmula para el presupuesto más alto de los tres equipos.', hints: ['Los presupuestos están en B2:B4.', 'MAX da el número más grande.'], solution: '`=MAX(B2:B4)` da 5000.' }, T.BUDGET),
    ],
  },
  'count-counta': {
    explanation: `
\`=CONTAR(rango)\` cuenta las celdas que contienen **números**. \`=CONTARA(rango)\` cuenta las celdas que **no están vacías** (números, texto, lo que sea). La diferencia te dice cuántas entradas son texto, como «ausente».`,
    workedExample: `
Puntuaciones 12, «ausente», 15, (vacía), 9: CONTAR da 3 (los números) y CONTARA da 4 (todo menos la celda vacía).`,
    items: [
      tx({ stem: showsStem('=COUNT(B2:B6)'), hints: ['CONTAR solo cuenta números.', '¿Qué celdas de B2:B6 tienen números?'], solution: '12, 15 y 9 son números: 3.', misconceptions: [{ feedback: '«ausente» es texto y CONTAR solo cuenta números. 4 es lo que daría CONTARA.' }, { feedback: 'No todas las celdas tienen un número: una tiene texto y otra está vacía.' }] }, T.SCORES),
      tx({ stem: showsStem('=COUNTA(B2:B6)'), hints: ['CONTARA cuenta todas las celdas que no están vacías.', 'Solo una celda de B2:B6 está vacía.'], solution: 'Hay cuatro celdas con algo (tres números y «ausente»): 4.', misconceptions: [{ feedback: 'CONTARA también cuenta el texto: «ausente» cuenta.' }] }, T.SCORES),
      tx({ stem: 'En B7, escribe una fórmula que cuente cuántas **puntuaciones** (números) se han anotado.', hints: ['Solo quieres los números.', 'Usa CONTAR con B2:B6.'], solution: '`=CONTAR(B2:B6)` da 3.' }, T.SCORES),
    ],
  },
};
