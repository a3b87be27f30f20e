/** Text, dates, rounding, errors and combined formulas in Spanish: lessons and items of text-dates.ts. */
import type { SpanishSkills } from '../pack-builder.ts';
import { TEXT_TABLES as T } from './text-dates.ts';
import { es, showsStem, tx } from './es-helpers.ts';

export const TEXT_DATES_ES: SpanishSkills = {
  'text-extract': {
    explanation: `
- \`IZQUIERDA(texto;n)\`: los *n* primeros caracteres. \`DERECHA(texto;n)\`: los *n* últimos.
- \`EXTRAE(texto;inicio;n)\`: *n* caracteres a partir de la posición *inicio* (el primer carácter es el 1).
- \`LARGO(texto)\`: cuántos caracteres tiene, espacios incluidos.

Los códigos con una estructura fija se separan fácilmente: en «NY-2041», \`IZQUIERDA(B2;2)\` es «NY» y \`DERECHA(B2;4)\` es «2041». (En inglés: LEFT, RIGHT, MID y LEN.)`,
    workedExample: `
\`=EXTRAE("LA-1187";4;4)\` empieza en el 4.º carácter (después de «LA-») y toma 4: «1187». \`=LARGO("LA-1187")\` da 7.`,
    items: [
      tx({ stem: 'Las dos primeras letras de cada ID de empleado son el código de la oficina. En E2, escribe una fórmula que devuelva el código de oficina de B2.', hints: ['El código de oficina está al principio del ID.', 'Usa IZQUIERDA con 2 caracteres.'], solution: `\`${es('=LEFT(B2,2)')}\` devuelve NY.` }, T.PEOPLE),
      tx({ stem: 'En E2, escribe una fórmula que devuelva el número de 4 cifras del final del ID de empleado de B2.', hints: ['El número es la última parte del ID.', 'Usa DERECHA con 4 caracteres.'], solution: `\`${es('=RIGHT(B2,4)')}\` devuelve 2041.`, misconceptions: [{ answer: es('=LEFT(B2,4)'), feedback: 'IZQUIERDA toma caracteres del principio («NY-2»). El número está al final: usa DERECHA.' }] }, T.PEOPLE),
      tx({ stem: showsStem('=MID(B3,4,2)'), hints: ['B3 es LA-1187.', 'Empieza en el carácter 4 y toma 2 caracteres.'], solution: 'Los caracteres 4 y 5 de «LA-1187» son 11.', misconceptions: [{ feedback: 'Se cuenta desde 1: L es el 1, A el 2 y el guion el 3, así que la posición 4 es la primera cifra.' }] }, T.PEOPLE),
      tx({ stem: showsStem('=LEN(A2)'), hints: ['LARGO cuenta todos los caracteres, espacios incluidos.', 'A2 es «  Ada Lopez », con dos espacios delante y uno detrás.'], solution: '«Ada Lopez» tiene 9 caracteres, más 3 espacios de sobra: 12.', misconceptions: [{ feedback: 'LARGO también cuenta los espacios de sobra del principio y del final.' }] }, T.PEOPLE),
    ],
  },
  'text-clean-join': {
    explanation: `
- \`ESPACIOS(texto)\` quita los espacios del principio y del final y deja uno solo donde había varios seguidos.
- \`MAYUSC(texto)\` y \`MINUSC(texto)\` cambian a mayúsculas o minúsculas (\`NOMPROPIO\` pone en mayúscula la primera letra de cada palabra).
- \`&\` une textos: \`=A2&" "&B2\` pone un espacio entre el nombre y el apellido. \`CONCAT(A2;" ";B2)\` hace lo mismo. (En inglés: TRIM, UPPER, LOWER y PROPER.)`,
    workedExample: `
\`=ESPACIOS("  Ada Lopez ")\` → «Ada Lopez». \`=B2&", "&A2\` con Ada / Lopez → «Lopez, Ada». \`=MAYUSC("nueva york")\` → «NUEVA YORK».`,
    items: [
      tx({ stem: 'En C2, escribe una fórmula que una el nombre y el apellido con un espacio en medio («Ada Lopez»).', hints: ['Usa & para unir textos.', 'Une A2, un espacio entre comillas " " y B2.'], solution: `\`=A2&" "&B2\` (o \`${es('=CONCAT(A2," ",B2)')}\`) da Ada Lopez.`, misconceptions: [{ feedback: 'Así sale «AdaLopez»: añade un espacio entre comillas entre el nombre y el apellido.' }] }, T.NAMES),
      tx({ stem: 'En C2, escribe una fórmula para el nombre visible con la forma «LOPEZ, Ada» (apellido en mayúsculas, coma y espacio, y después el nombre).', hints: [`${es('UPPER(B2)')} da el apellido en mayúsculas.`, 'Únelo con ", " y A2 usando &.'], solution: `\`${es('=UPPER(B2)&", "&A2')}\` da LOPEZ, Ada.` }, T.NAMES),
      tx({ stem: showsStem('=TRIM(A2)'), hints: ['A2 tiene espacios de sobra al principio y al final.', 'ESPACIOS los quita.'], solution: 'ESPACIOS quita los espacios de los extremos: Ada Lopez.' }, T.PEOPLE),
      tx({ stem: showsStem('=UPPER(D3)=D3'), answers: ['VERDADERO'], hints: ['D3 es «LOS ÁNGELES».', 'La comparación con = no distingue mayúsculas de minúsculas.'], solution: 'MAYUSC(D3) es «LOS ÁNGELES», y además = no distingue mayúsculas: VERDADERO.' }, T.PEOPLE),
    ],
  },
  dates: {
    explanation: `
Una hoja de cálculo guarda cada fecha como un **número de días** (un número de serie); el formato de la celda solo cambia cómo se ve. Por eso:
- \`=C2-B2\` es el número de días entre dos fechas;
- \`=B2+30\` es la fecha 30 días después;
- \`FECHA(año;mes;día)\` construye una fecha; \`AÑO\`, \`MES\` y \`DIA\` la descomponen;
- \`SIFECHA(inicio;fin;"M")\` cuenta meses completos (también "Y" para años y "D" para días). (En inglés: DATE, YEAR, MONTH, DAY y DATEDIF.)`,
    workedExample: `
Proyecto Web: del 4 de marzo de 2024 al 17 de mayo de 2024. \`=C2-B2\` → 74 días (27 que quedan de marzo, 30 de abril y 17 de mayo). \`=MES(C2)\` → 5. \`=SIFECHA(B2;C2;"M")\` → 2 meses completos.`,
    items: [
      tx({ stem: 'En D2, escribe una fórmula para el número de días que van de la fecha de inicio a la de fin.', hints: ['Las fechas son números de días, así que se pueden restar.', 'Fin menos inicio: C2-B2.'], solution: '`=C2-B2` da 74 días para el proyecto Web.', misconceptions: [{ feedback: 'Inicio menos fin sale negativo: resta el inicio al fin.' }] }, T.PROJECTS),
      tx({ stem: showsStem('=C3-B3'), hints: ['2024 es bisiesto: febrero tiene 29 días.', 'Del 15 de enero al 29 de febrero: quedan 16 días de enero, más 29.'], solution: '16 + 29 = 45 días.', misconceptions: [{ feedback: '2024 es bisiesto: febrero de 2024 tiene 29 días.' }] }, T.PROJECTS),
      tx({ stem: showsStem('=YEAR(B4)'), hints: ['B4 es la fecha de inicio de Formación.', 'AÑO devuelve el año.'], solution: 'El proyecto Formación empieza el 20 de noviembre de 2023: 2023.' }, T.PROJECTS),
      tx({ stem: showsStem('=DATEDIF(B4,C4,"M")'), hints: ['"M" cuenta meses completos.', 'Desde el 20 de noviembre de 2023, un mes se completa el día 20 del mes siguiente.'], solution: 'Del 20 de noviembre al 20 de diciembre hay un mes completo; del 20 de diciembre al 8 de enero no llega a otro: 1.', misconceptions: [{ feedback: 'De noviembre a enero hay dos cambios de mes, pero el segundo mes no se completa hasta el 20 de enero.' }] }, T.PROJECTS),
      tx({ stem: 'En D2, escribe una fórmula para la fecha 30 días después de la fecha de fin de C2 (el vencimiento de la factura).', hints: ['Sumar un número a una fecha suma días.', 'C2 más 30.'], solution: '`=C2+30`: un número de fecha que se muestra como 16 de junio de 2024.' }, T.PROJECTS),
    ],
  },
  rounding: {
    explanation: `
\`REDONDEAR(número;decimales)\` redondea a ese número de *decimales* (los medios, alejándose de cero). \`REDONDEAR.MAS\` siempre se aleja de cero y \`REDONDEAR.MENOS\` siempre va hacia cero. Con decimales negativos se redondea a decenas o centenas: \`REDONDEAR(1234;-2)\` da 1200.

Dar a una celda formato de 2 decimales **no** cambia el valor guardado; REDONDEAR sí, y así los totales de importes redondeados cuadran con lo que se ve. (En inglés: ROUND, ROUNDUP y ROUNDDOWN.)`,
    workedExample: `
El IVA de 49,99 al 21 % es 10,4979. \`=REDONDEAR(B2*21%;2)\` → 10,50. \`=REDONDEAR.MAS(10,4979;1)\` → 10,5; \`=REDONDEAR.MENOS(10,4979;1)\` → 10,4.`,
    items: [
      tx({ stem: 'En C2, escribe una fórmula para el IVA (el 21 % del precio neto) redondeado a 2 decimales. Se copiará hacia abajo.', hints: ['El IVA es B2*21% (o B2*0,21).', 'Mételo dentro de REDONDEAR(...; 2).'], solution: `\`${es('=ROUND(B2*21%,2)')}\` da 10,5 para la silla.`, misconceptions: [{ answer: es('=ROUND(B2*21%,0)'), feedback: 'El segundo argumento es el número de decimales: 2 para los céntimos.' }] }, T.PRICES),
      tx({ stem: showsStem('=ROUNDUP(B3/4,0)'), hints: ['B3/4 = 47,375.', 'REDONDEAR.MAS con 0 decimales sube al siguiente número entero.'], solution: '47,375 redondeado hacia arriba a un número entero es 48.', misconceptions: [{ feedback: 'REDONDEAR daría 47, pero REDONDEAR.MAS siempre sube.' }] }, T.PRICES),
      tx({ stem: showsStem('=ROUNDDOWN(B4,0)'), hints: ['B4 es 23,75.', 'REDONDEAR.MENOS va hacia cero.'], solution: 'REDONDEAR.MENOS(23,75; 0) quita los decimales: 23.', misconceptions: [{ feedback: 'REDONDEAR daría 24; REDONDEAR.MENOS siempre baja (hacia cero).' }] }, T.PRICES),
      tx({ stem: showsStem('=ROUND(B3,-1)'), hints: ['Con decimales negativos se redondea a la izquierda de la coma.', '-1 redondea a la decena más cercana.'], solution: '189,5 redondeado a la decena más cercana es 190.' }, T.PRICES),
    ],
  },
  'error-values': {
    explanation: `
Los valores de error dicen qué ha fallado (entre paréntesis, como se ven en Excel en inglés):
- **#¡DIV/0!** (#DIV/0!): una división entre cero (o entre una celda vacía).
- **#N/D** (#N/A): una búsqueda que no ha encontrado nada.
- **#¡VALOR!** (#VALUE!): un tipo de valor equivocado, como un texto en una operación (\`="abc"+1\`).
- **#¡REF!** (#REF!): una referencia a una celda que ya no existe (por ejemplo, porque se ha borrado).
- **#¿NOMBRE?** (#NAME?): un nombre de función desconocido, casi siempre una errata (\`=SUMAA(A1:A3)\`).

\`=SI.ERROR(fórmula;alternativa)\` muestra la alternativa en lugar de cualquier error. Úsalo donde un error es esperable (una búsqueda que puede fallar, cero horas), no para esconder fallos. (En inglés: IFERROR.)`,
    workedExample: `
Soporte trabajó 0 horas, así que \`=B3/C3\` muestra #¡DIV/0!. \`=SI.ERROR(B3/C3;0)\` muestra 0 en su lugar. \`=SI.ERROR(BUSCARV("A-9";A2:C4;3;FALSO);"-")\` muestra un guion.`,
    items: [
      tx({ stem: showsStem('=B3/C3'), answers: ['#¡DIV/0!'], hints: ['C3 son las horas de Soporte.', '¿Qué pasa al dividir entre 0?'], solution: 'Soporte tiene 0 horas, así que la división muestra #¡DIV/0! (#DIV/0! en inglés).', misconceptions: [{ feedback: 'Dividir entre cero no da 0: la hoja muestra el error #¡DIV/0!.' }] }, T.RATES),
      tx({ stem: 'En D2, escribe las tareas por hora (tareas ÷ horas) de forma que salga 0 en lugar de un error cuando las horas sean 0. Se copiará hacia abajo.', hints: ['La división es B2/C2.', 'Métela dentro de SI.ERROR(...; 0).'], solution: `\`${es('=IFERROR(B2/C2,0)')}\`: 2,625 para Ventas y 0 para Soporte.` }, T.RATES),
      tx({ stem: showsStem('=VLOOKUP(E3,A2:C4,3,FALSE)'), answers: ['#N/D'], hints: ['E3 contiene el código A-9.', '¿Está A-9 en la columna de códigos?'], solution: 'A-9 no está en la tabla, así que BUSCARV muestra #N/D (#N/A en inglés).' }, T.STOCK),
      tx({ stem: 'En F2, busca las existencias del código de E2 (coincidencia exacta) y muestra "-" (un guion) si el código no está en la tabla. Se copiará a F3.', hints: [`Empieza por \`${es('VLOOKUP(E2,$A$2:$C$4,3,FALSE)')}\`; los signos de dólar mantienen la tabla en su sitio al copiar.`, 'Mételo dentro de SI.ERROR(...; "-").'], solution: `\`${es('=IFERROR(VLOOKUP(E2,$A$2:$C$4,3,FALSE),"-")')}\`: 15 para A-3 y un guion para A-9.` }, T.STOCK),
      tx({ stem: 'Un compañero escribe `=SUMAA(B2:B4)`. ¿Qué muestra la celda?', choices: [{ text: '#¿NOMBRE?' }, { text: '#¡VALOR!', feedback: '#¡VALOR! indica un tipo de valor equivocado. Un nombre de función desconocido da #¿NOMBRE?.' }, { text: '#¡REF!', feedback: '#¡REF! indica una referencia a una celda que no existe.' }, { text: '0' }], hints: ['¿Existe la función SUMAA?', 'Un nombre desconocido da el error que lleva «NOMBRE».'], solution: 'SUMAA no es una función, así que la celda muestra **#¿NOMBRE?** (#NAME? en inglés).' }),
    ],
  },
  'combining-functions': {
    explanation: `
Una función puede llevar otras funciones como argumentos. Constrúyelas de dentro hacia fuera: primero escribe y prueba la parte de dentro, y después envuélvela.

- \`=REDONDEAR(PROMEDIO(C2:C6);0)\`: una media, redondeada.
- \`=SI(SUMA(C2:C6)>=50000;"Sí";"No")\`: una prueba sobre un total.
- \`="Total: "&TEXTO(SUMA(C2:C6);"#.##0")\`: un número dentro de una frase, con separador de miles.`,
    workedExample: `
Media de ventas, redondeada a la centena: \`=REDONDEAR(PROMEDIO(C2:C6);-2)\`. Dentro: (12500 + 8400 + 9900 + 15200 + 8000) ÷ 5 = 10800. Redondeado a centenas: 10800.`,
    items: [
      tx({ stem: 'En D2, escribe una fórmula para la media de las ventas de C2:C5, redondeada al número entero más cercano.', hints: [`Parte de dentro: ${es('AVERAGE(C2:C5)')}.`, 'Envuélvela en REDONDEAR(...; 0).'], solution: `\`${es('=ROUND(AVERAGE(C2:C5),0)')}\`: 46050 ÷ 4 = 11512,5, redondeado a 11513.` }, T.REP_OFFICES),
      tx({ stem: 'En C2, escribe una fórmula que muestre "OK" si el total de B2:B5 es al menos 45000 y "NO" si no.', hints: [`Parte de dentro: ${es('SUM(B2:B5)')}.`, `Úsala como prueba de SI: ${es('SUM(B2:B5)')}>=45000.`], solution: `\`${es('=IF(SUM(B2:B5)>=45000,"OK","NO")')}\`: el total es 46050, así que OK.` }, T.REP_SALES4),
      tx({ stem: '¿Qué muestra `="Total: "&TEXTO(SUMA(B2:B4);"#.##0")` en esta tabla?', answers: ['Total: 30.850'], hints: ['SUMA(B2:B4) es 30850.', 'TEXTO con "#.##0" añade el separador de miles y ningún decimal.'], solution: 'La suma es 30850, con separador de miles: Total: 30.850 (en una hoja en inglés, con el formato "#,##0": Total: 30,850).' }, T.REP_SALES3),
      tx({ stem: 'En D2, escribe una fórmula que muestre qué **parte** de todas las ventas corresponde a la oficina de Madrid, redondeada a 2 decimales (por ejemplo 0,35).', hints: [`Ventas de Madrid: ${es('SUMIF(A2:A5,"Madrid",B2:B5)')}. Todas: ${es('SUM(B2:B5)')}.`, 'Divide y envuelve el resultado en REDONDEAR(...; 2).'], solution: `\`${es('=ROUND(SUMIF(A2:A5,"Madrid",B2:B5)/SUM(B2:B5),2)')}\`: 22450 ÷ 46050 = 0,4875..., redondeado a 0,49.` }, T.OFFICE_SALES),
    ],
  },
};
