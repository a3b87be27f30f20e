/** Comparisons, IF, logic, conditional counts and lookups in Spanish: lessons and items of logic-lookups.ts. */
import type { SpanishSkills } from '../pack-builder.ts';
import { LOGIC_TABLES as T } from './logic-lookups.ts';
import { es, showsStem, tx } from './es-helpers.ts';

export const LOGIC_LOOKUPS_ES: SpanishSkills = {
  'comparison-operators': {
    explanation: `
Una comparación da **VERDADERO** o **FALSO**: \`=C2>=D2\` pregunta «¿las ventas llegan al menos al objetivo?». Los operadores son \`=\` (igual), \`<>\` (distinto), \`<\`, \`>\`, \`<=\` y \`>=\`. Al comparar textos no importan las mayúsculas: \`="madrid"="Madrid"\` da VERDADERO.`,
    workedExample: `
Para Ana, \`=C2>=D2\` compara 12500 con 10000: VERDADERO. Para Ben, \`=C3>=D3\` compara 8400 con 9000: FALSO.`,
    items: [
      tx({ stem: showsStem('=C3>=D3'), answers: ['FALSO'], hints: ['C3 son las ventas de Ben y D3 su objetivo.', '¿8400 es al menos 9000?'], solution: '8400 es menor que 9000, así que el resultado es FALSO.', misconceptions: [{ answer: 'VERDADERO', feedback: '8400 es menor que 9000, así que «llegar al menos al objetivo» es falso.' }] }, T.SALES),
      tx({ stem: showsStem('=B2<>"Lima"'), answers: ['VERDADERO'], hints: ['<> significa «distinto de».', 'B2 es Madrid.'], solution: 'Madrid no es Lima, así que el resultado es VERDADERO.' }, T.SALES),
      tx({ stem: 'En E2, escribe una fórmula que muestre VERDADERO si las ventas de Ana (C2) son mayores que su objetivo (D2), y FALSO si no.', hints: ['Una comparación sola ya da VERDADERO o FALSO.', 'Pon > entre las dos celdas.'], solution: '`=C2>D2` muestra VERDADERO (12500 > 10000).', misconceptions: [{ feedback: 'Eso pregunta si el objetivo es mayor que las ventas: al revés.' }] }, T.SALES),
    ],
  },
  'if-function': {
    explanation: `
\`=SI(prueba;valor_si_verdadero;valor_si_falso)\` muestra uno de dos resultados. La prueba es una comparación; los resultados de texto van entre comillas dobles:
\`=SI(C2>=D2;"Sí";"No")\`.

Los resultados también pueden ser cálculos: \`=SI(C2>D2;(C2-D2)*5%;0)\` paga una prima del 5 % sobre lo que supera el objetivo. (En Excel o Calc en inglés: \`=IF(C2>=D2,"Yes","No")\`.)`,
    workedExample: `
Ana: \`=SI(C2>=D2;"Sí";"No")\` → 12500 ≥ 10000 → «Sí». Ben: 8400 ≥ 9000 es falso → «No».`,
    items: [
      tx({ stem: 'En E2, escribe una fórmula que muestre "OK" si las ventas de Ana llegan al menos a su objetivo y "NO" si no.', hints: ['Usa SI con la prueba C2>=D2.', 'Los resultados de texto van entre comillas dobles: "OK" y "NO".'], solution: `\`${es('=IF(C2>=D2,"OK","NO")')}\` muestra OK.`, misconceptions: [{ answer: es('=IF(C2>D2,"OK","NO")'), feedback: 'Llegar al menos al objetivo incluye quedarse justo en él: usa >=.' }] }, T.SALES),
      tx({ stem: showsStem('=IF(C5>D5,C5-D5,0)'), hints: ['C5 son las ventas de Dana (15200) y D5 su objetivo (12000).', 'La prueba es verdadera, así que el resultado es C5-D5.'], solution: '15200 > 12000, así que SI da 15200 − 12000 = 3200.' }, T.SALES),
      tx({ stem: 'En E2, escribe una fórmula para la prima de Ana: el 5 % de sus ventas si superan el objetivo y 0 si no. Se copiará hacia abajo.', hints: ['La prueba es C2>D2.', 'Si se cumple: C2*5% (o C2*0,05); si no: 0.'], solution: `\`${es('=IF(C2>D2,C2*5%,0)')}\`: Ana cobra 625 y Ben, 0.` }, T.SALES),
    ],
  },
  'and-or-not': {
    explanation: `
- \`Y(prueba1;prueba2;...)\` es VERDADERO solo cuando **todas** las pruebas son VERDADERO.
- \`O(prueba1;prueba2;...)\` es VERDADERO cuando **al menos una** lo es.
- \`NO(prueba)\` cambia VERDADERO por FALSO y al revés.

Suelen ir dentro de SI: \`=SI(Y(B2="Abierta";D2);"Urgente";"")\`. (En inglés: AND, OR y NOT.)`,
    workedExample: `
La incidencia T-101 está abierta y es urgente: \`=Y(B2="Abierta";D2)\` → VERDADERO. T-103 está abierta pero no es urgente → FALSO. \`=O(B4="Abierta";D4)\` para T-103 → VERDADERO.`,
    items: [
      tx({ stem: showsStem('=AND(B4="Abierta",D4)'), answers: ['FALSO'], hints: ['T-103 está en la fila 4.', 'Y necesita las dos cosas: ¿está abierta y es urgente?'], solution: 'T-103 está abierta pero no es urgente, así que Y da FALSO.', misconceptions: [{ answer: 'VERDADERO', feedback: 'Y necesita que se cumplan todas las condiciones: T-103 no es urgente.' }] }, T.TICKETS),
      tx({ stem: showsStem('=OR(B3="Abierta",D3)'), answers: ['FALSO'], hints: ['T-102 está en la fila 3.', 'O necesita que al menos una condición sea VERDADERO.'], solution: 'T-102 está cerrada y no es urgente: no se cumple ninguna, así que FALSO.' }, T.TICKETS),
      tx({ stem: 'En E2, escribe una fórmula que muestre VERDADERO cuando la incidencia es urgente **y** lleva más de 2 horas, y FALSO si no. Se copiará hacia abajo.', hints: ['Tienen que cumplirse las dos condiciones: usa Y.', 'Las dos condiciones son D2 (que ya es VERDADERO o FALSO) y C2>2.'], solution: `\`${es('=AND(D2,C2>2)')}\`: VERDADERO para T-101 y T-105.`, misconceptions: [{ answer: es('=OR(D2,C2>2)'), feedback: 'O se cumple con una sola condición; aquí hacen falta las dos: usa Y.' }] }, T.TICKETS),
      tx({ stem: showsStem('=NOT(D3)'), answers: ['VERDADERO'], hints: ['D3 es FALSO (T-102 no es urgente).', 'NO cambia VERDADERO por FALSO y al revés.'], solution: 'NO(FALSO) es VERDADERO.' }, T.TICKETS),
    ],
  },
  'countif-sumif': {
    explanation: `
\`=CONTAR.SI(rango;criterio)\` cuenta las celdas del rango que cumplen el criterio. \`=SUMAR.SI(rango;criterio;rango_suma)\` suma las filas que cumplen en otra columna.

Criterios: un valor (\`"Madrid"\`, \`5\`) o una comparación entre comillas (\`">10000"\`, \`"<>Cerrada"\`). En el texto no importan las mayúsculas, y \`*\` sustituye a cualquier grupo de caracteres (\`"T-1*"\`). (En inglés: COUNTIF y SUMIF, con comas.)`,
    workedExample: `
Comerciales de la oficina de Madrid: \`=CONTAR.SI(B2:B6;"Madrid")\` → 2. Sus ventas: \`=SUMAR.SI(B2:B6;"Madrid";C2:C6)\` → 12500 + 9900 = 22400. Comerciales con más de 10000 en ventas: \`=CONTAR.SI(C2:C6;">10000")\` → 2.`,
    items: [
      tx({ stem: 'En F2, escribe una fórmula que cuente cuántos comerciales son de la oficina de **Lima**.', hints: ['Las oficinas están en B2:B6.', 'Usa CONTAR.SI con el criterio "Lima".'], solution: `\`${es('=COUNTIF(B2:B6,"Lima")')}\` da 2.` }, T.SALES),
      tx({ stem: 'En F2, escribe una fórmula para el total de ventas de la oficina de **Madrid**.', hints: ['Se comprueban las oficinas de B2:B6 y se suman las ventas de C2:C6.', 'SUMAR.SI(rango que se comprueba; "Madrid"; rango que se suma).'], solution: `\`${es('=SUMIF(B2:B6,"Madrid",C2:C6)')}\` da 22400.`, misconceptions: [{ answer: es('=SUMIF(C2:C6,"Madrid",B2:B6)'), feedback: 'El primer rango es el que se compara con "Madrid" (las oficinas); el tercero es el que se suma (las ventas).' }] }, T.SALES),
      tx({ stem: showsStem('=COUNTIF(C2:C6,">=9900")'), hints: ['Cuenta las ventas de 9900 o más.', 'Repasa 12500, 8400, 9900, 15200 y 8000.'], solution: '12500, 9900 y 15200 cumplen: 3.', misconceptions: [{ feedback: '">=" incluye el propio 9900.' }] }, T.SALES),
      tx({ stem: showsStem('=SUMIF(B2:B6,"Abierta",C2:C6)'), hints: ['Suma las horas (columna C) de las incidencias abiertas.', 'Abiertas: T-101, T-103 y T-105.'], solution: '3 + 2 + 4 = 9 horas.' }, T.TICKETS),
    ],
  },
  vlookup: {
    explanation: `
\`=BUSCARV(valor;tabla;columna;FALSO)\` busca **valor** en la primera columna de **tabla** y devuelve la celda de esa fila que está en la columna indicada (1 = la primera columna de la tabla).

Pon siempre **FALSO** como último argumento para buscar una coincidencia exacta. Sin él, BUSCARV supone que la primera columna está ordenada y puede devolver una fila equivocada sin avisar. Si no hay coincidencia, el resultado es **#N/D** (#N/A en inglés). (En inglés la función es VLOOKUP.)`,
    workedExample: `
Precio de P-30: \`=BUSCARV("P-30";A2:C5;3;FALSO)\` encuentra P-30 en la fila 4 y devuelve la columna 3 de la tabla, el precio 9,75.`,
    items: [
      tx({ stem: 'E2 contiene un código de producto. En F2, escribe una fórmula que devuelva el **precio** de ese producto buscando en la tabla A2:C5 (coincidencia exacta).', hints: ['Busca E2 en la tabla A2:C5.', 'El precio es la 3.ª columna de la tabla; termina con FALSO para una coincidencia exacta.'], solution: `\`${es('=VLOOKUP(E2,A2:C5,3,FALSE)')}\` devuelve 9,75 para P-30.`, misconceptions: [{ answer: es('=VLOOKUP(E2,A2:C5,2,FALSE)'), feedback: 'La columna 2 de la tabla es el nombre del producto; el precio es la columna 3.' }] }, T.PRICES),
      tx({ stem: showsStem('=VLOOKUP("P-20",A2:C5,2,FALSE)'), answers: ['Gorra'], hints: ['Busca P-20 en la primera columna.', 'Devuelve la 2.ª columna de esa fila.'], solution: 'P-20 es la Gorra.' }, T.PRICES),
      tx({ stem: showsStem('=VLOOKUP("P-99",A2:C5,3,FALSE)'), answers: ['#N/D'], hints: ['¿Está P-99 en la columna de códigos?', 'Si no encuentra una coincidencia exacta, BUSCARV muestra un valor de error.'], solution: 'P-99 no está en la tabla, así que el resultado es #N/D («no disponible»; #N/A en inglés).' }, T.PRICES),
    ],
  },
  'xlookup-index-match': {
    explanation: `
\`=BUSCARX(valor;rango_búsqueda;rango_resultado;[si_no_se_encuentra])\` busca el valor en una columna y devuelve la celda correspondiente de otra, a la izquierda o a la derecha, con coincidencia exacta por defecto.

Donde no haya BUSCARX, \`INDICE\` con \`COINCIDIR\` hace lo mismo: \`=COINCIDIR(valor;rango;0)\` da la **posición** de una coincidencia exacta, y \`=INDICE(rango;posición)\` devuelve la celda que ocupa esa posición:
\`=INDICE(C2:C5;COINCIDIR("P-30";A2:A5;0))\`. (En inglés: XLOOKUP, INDEX y MATCH.)`,
    workedExample: `
Código de la gorra: \`=BUSCARX("Gorra";B2:B5;A2:A5)\` → P-20 (una búsqueda hacia la izquierda, que BUSCARV no puede hacer). \`=COINCIDIR("Gorra";B2:B5;0)\` → 2, y \`=INDICE(A2:A5;2)\` → P-20.`,
    items: [
      tx({ stem: 'En F2, escribe una fórmula con BUSCARX que devuelva el **precio** del código de E2.', hints: ['Busca E2 entre los códigos, A2:A5.', 'Devuelve el valor de los precios, C2:C5.'], solution: `\`${es('=XLOOKUP(E2,A2:A5,C2:C5)')}\` devuelve 9,75.` }, T.PRICES),
      tx({ stem: 'En F2, escribe una fórmula con INDICE y COINCIDIR que devuelva el **nombre del producto** del código de E2.', hints: [`${es('MATCH(E2,A2:A5,0)')} da la posición del código.`, 'INDICE(B2:B5; esa posición) da el nombre.'], solution: `\`${es('=INDEX(B2:B5,MATCH(E2,A2:A5,0))')}\` devuelve Bolsa de tela.`, misconceptions: [{ answer: es('=INDEX(A2:A5,MATCH(E2,A2:A5,0))'), feedback: 'INDICE tiene que leer la columna que quieres obtener: los nombres están en B2:B5.' }] }, T.PRICES),
      tx({ stem: showsStem('=MATCH("Póster",B2:B5,0)'), hints: ['COINCIDIR devuelve una posición, contando desde el principio del rango.', 'Póster es el 4.º nombre de B2:B5.'], solution: 'Póster está en la 4.ª celda de B2:B5: 4.', misconceptions: [{ feedback: 'COINCIDIR cuenta desde el principio del rango (B2 es la posición 1), no el número de fila.' }] }, T.PRICES),
      tx({ stem: showsStem('=XLOOKUP("P-50",A2:A5,C2:C5,"ninguno")'), answers: ['ninguno'], hints: ['¿Está P-50 entre los códigos?', 'El 4.º argumento es lo que muestra BUSCARX cuando no encuentra nada.'], solution: 'P-50 no está, así que BUSCARX muestra su valor «si no se encuentra»: ninguno.' }, T.PRICES),
    ],
  },
};
