/** Grades 5 and 6 in Spanish: lessons and items of grade5-6.ts, written for a Spanish-speaking class. */
import type { SpanishSkills } from '../pack-builder.ts';

export const GRADE_5_6_ES: SpanishSkills = {
  'add-unlike': {
    explanation: `
Denominadores distintos quieren decir partes de distinto tamaño, y no se pueden sumar tal cual. Escribe las dos fracciones con un **denominador común** (un múltiplo común; con el mínimo, los números quedan pequeños) y suma los numeradores:
$$\\tfrac{2}{3} + \\tfrac{1}{4} = \\tfrac{8}{12} + \\tfrac{3}{12} = \\tfrac{11}{12}.$$
Nunca sumes los denominadores.`,
    workedExample: `
$\\tfrac{1}{6} + \\tfrac{3}{4}$: el mínimo común múltiplo de 6 y 4 es 12. $\\tfrac{1}{6} = \\tfrac{2}{12}$ y $\\tfrac{3}{4} = \\tfrac{9}{12}$, así que la suma es $\\tfrac{11}{12}$.`,
    items: [{
      stem: 'Lee corre $\\tfrac{1}{2}$ km y luego camina $\\tfrac{1}{3}$ km. ¿Cuántos kilómetros recorre en total?',
      hints: ['Los medios y los tercios son trozos de distinto tamaño: busca un denominador común.', '$\\tfrac{1}{2} = \\tfrac{3}{6}$ y $\\tfrac{1}{3} = \\tfrac{2}{6}$.'],
      solution: '$\\tfrac{1}{2} + \\tfrac{1}{3} = \\tfrac{3}{6} + \\tfrac{2}{6} = \\tfrac{5}{6}$ km.',
      misconceptions: [{ feedback: 'Sumaste los numeradores y los denominadores. $\\tfrac{2}{5}$ es menos que $\\tfrac{1}{2}$, así que no puede ser el total: usa un denominador común.' }],
    }],
  },
  'subtract-unlike': {
    explanation: `
Escribe las dos fracciones con un denominador común, resta los numeradores y simplifica:
$$\\tfrac{5}{6} - \\tfrac{1}{4} = \\tfrac{10}{12} - \\tfrac{3}{12} = \\tfrac{7}{12}.$$`,
    workedExample: `
$\\tfrac{7}{10} - \\tfrac{1}{2}$: $\\tfrac{1}{2} = \\tfrac{5}{10}$, así que $\\tfrac{7}{10} - \\tfrac{5}{10} = \\tfrac{2}{10} = \\tfrac{1}{5}$.`,
  },
  'mixed-unlike': {
    explanation: `
Junta lo que ya sabes: da a las partes fraccionarias un denominador común y luego suma o resta como con igual denominador (reagrupa un entero si hace falta). Pasar antes a fracciones impropias es otro camino seguro.`,
    workedExample: `
$3\\tfrac{1}{4} - 1\\tfrac{2}{3}$: como fracciones impropias, $\\tfrac{13}{4} - \\tfrac{5}{3} = \\tfrac{39}{12} - \\tfrac{20}{12} = \\tfrac{19}{12} = 1\\tfrac{7}{12}$.`,
  },
  'unlike-word-problems': {
    explanation: `
Decide si hay que sumar o restar, calcula con un denominador común y después **estima** para comprobar: compara cada fracción con $0$, $\\tfrac{1}{2}$ y $1$. Por ejemplo, $\\tfrac{2}{5} + \\tfrac{1}{2}$ tiene que ser un poco menos que 1, así que $\\tfrac{3}{7}$ no puede ser la respuesta.`,
    workedExample: `
*Kofi leyó $\\tfrac{1}{2}$ hora antes de comer y $\\tfrac{3}{4}$ de hora después. ¿Cuánto tiempo leyó?* $\\tfrac{2}{4} + \\tfrac{3}{4} = \\tfrac{5}{4} = 1\\tfrac{1}{4}$ horas. Comprobación: media hora más tres cuartos es más de 1 hora, así que el resultado es razonable.`,
  },
  'fraction-as-division': {
    explanation: `
Si repartes $a$ enteros a partes iguales entre $b$ personas, a cada una le toca $\\tfrac{a}{b}$:
$$a \\div b = \\tfrac{a}{b}.$$
Cada persona recibe $\\tfrac{1}{b}$ de cada entero, y hay $a$ enteros: $a \\times \\tfrac{1}{b} = \\tfrac{a}{b}$.`,
    workedExample: `
3 pizzas repartidas a partes iguales entre 4 amigos: a cada uno le tocan $3 \\div 4 = \\tfrac{3}{4}$ de pizza. Y 7 pizzas entre 3 amigos: $\\tfrac{7}{3} = 2\\tfrac{1}{3}$ pizzas para cada uno.`,
  },
  'multiply-fractions': {
    explanation: `
$\\tfrac{a}{b} \\times \\tfrac{c}{d}$ significa $\\tfrac{a}{b}$ **de** $\\tfrac{c}{d}$. Multiplica en línea:
$$\\tfrac{a}{b} \\times \\tfrac{c}{d} = \\tfrac{a \\times c}{b \\times d}.$$
No hace falta denominador común. Simplifica al final (o tacha antes los factores comunes).`,
    workedExample: `
$\\tfrac{2}{3} \\times \\tfrac{3}{4} = \\tfrac{6}{12} = \\tfrac{1}{2}$. Dicho con palabras: dos tercios de tres cuartos es un medio.`,
  },
  'area-fractional-sides': {
    explanation: `
El área es largo × ancho, también cuando los lados son fracciones. Si cubres un cuadrado de lado 1 con $b \\times d$ baldosas iguales, verás por qué: un rectángulo de $\\tfrac{a}{b}$ por $\\tfrac{c}{d}$ cubre $a \\times c$ de esas baldosas, así que su área es $\\tfrac{a \\times c}{b \\times d}$ unidades cuadradas.`,
    workedExample: `
Una baldosa mide $\\tfrac{3}{4}$ m por $\\tfrac{2}{5}$ m. Área $= \\tfrac{3}{4} \\times \\tfrac{2}{5} = \\tfrac{6}{20} = \\tfrac{3}{10}$ metros cuadrados.`,
  },
  'scaling': {
    explanation: `
Al multiplicar un número positivo por:
- una fracción **mayor que 1**, el resultado es mayor ($6 \\times \\tfrac{3}{2} = 9$);
- una fracción **menor que 1**, el resultado es menor ($6 \\times \\tfrac{2}{3} = 4$);
- una fracción **igual a 1**, el número no cambia ($6 \\times \\tfrac{4}{4} = 6$).

«Multiplicar siempre hace más grande» solo es cierto con números enteros mayores que 1.`,
    workedExample: `
¿$15 \\times \\tfrac{7}{8}$ es más o menos que 15? $\\tfrac{7}{8} < 1$, así que el producto es menor que 15 (es $13\\tfrac{1}{8}$).`,
    items: [{
      stem: '¿Qué productos son **menores que** 12? Elige todos los que lo sean.',
      choices: [
        { text: '$12 \\times \\tfrac{3}{4}$' },
        { text: '$12 \\times \\tfrac{5}{4}$', feedback: '$\\tfrac{5}{4}$ es mayor que 1, así que el producto es mayor que 12 (es 15).' },
        { text: '$12 \\times \\tfrac{1}{2}$' },
        { text: '$12 \\times \\tfrac{7}{7}$', feedback: '$\\tfrac{7}{7} = 1$, así que el producto es igual a 12.' },
      ],
      hints: ['Compara cada fracción con 1.', 'Multiplicar por una fracción menor que 1 da menos de 12.'],
      solution: '$\\tfrac{3}{4}$ y $\\tfrac{1}{2}$ son menores que 1, así que $12 \\times \\tfrac{3}{4} = 9$ y $12 \\times \\tfrac{1}{2} = 6$ son menores que 12. $\\tfrac{5}{4} > 1$ da 15 y $\\tfrac{7}{7} = 1$ da 12.',
    }],
  },
  'multiply-word-problems': {
    explanation: `
«Una fracción **de** una cantidad» quiere decir multiplicar. $\\tfrac{2}{3}$ de $\\tfrac{3}{4}$ de un pastel son $\\tfrac{2}{3} \\times \\tfrac{3}{4}$ del pastel entero. Repetir la misma cantidad («5 tandas de $\\tfrac{3}{4}$ de taza») también es multiplicar.`,
    workedExample: `
*Jo tiene $\\tfrac{3}{5}$ de un pastel y se come $\\tfrac{1}{2}$ de lo que tiene.* Se come $\\tfrac{1}{2} \\times \\tfrac{3}{5} = \\tfrac{3}{10}$ del pastel entero.`,
  },
  'divide-unit-by-whole': {
    explanation: `
Repartir $\\tfrac{1}{b}$ en $n$ partes iguales lo corta en $n$ trozos, cada uno $\\tfrac{1}{b \\times n}$ del entero:
$$\\tfrac{1}{b} \\div n = \\tfrac{1}{b \\times n}.$$
Comprueba multiplicando: $\\tfrac{1}{b \\times n} \\times n = \\tfrac{1}{b}$.`,
    workedExample: `
$\\tfrac{1}{3} \\div 4 = \\tfrac{1}{12}$, porque $\\tfrac{1}{12} \\times 4 = \\tfrac{4}{12} = \\tfrac{1}{3}$.`,
  },
  'divide-whole-by-unit': {
    explanation: `
$n \\div \\tfrac{1}{b}$ pregunta: ¿**cuántos** trozos de tamaño $\\tfrac{1}{b}$ caben en $n$? En cada entero caben $b$, así que
$$n \\div \\tfrac{1}{b} = n \\times b.$$
Al dividir entre un número menor que 1, el resultado es **mayor** que el número del que partes.`,
    workedExample: `
$4 \\div \\tfrac{1}{5} = 20$: en cada entero hay 5 quintos, y hay 4 enteros. Comprobación: $20 \\times \\tfrac{1}{5} = 4$.`,
  },
  'division-word-problems': {
    explanation: `
Hay dos tipos de problemas de dividir:
- **Reparto**: una cantidad se reparte entre varias personas («$\\tfrac{1}{2}$ bandeja entre 3»): divide la fracción entre el número entero.
- **Medida**: cuántas porciones de un tamaño caben («cuántas bolsas de $\\tfrac{1}{4}$ kg salen de 3 kg»): divide el número entero entre la fracción unitaria.`,
    workedExample: `
*3 kg de frutos secos se envasan en bolsas de $\\tfrac{1}{4}$ kg.* $3 \\div \\tfrac{1}{4} = 12$ bolsas. *Se reparte $\\tfrac{1}{2}$ bandeja entre 3 personas.* $\\tfrac{1}{2} \\div 3 = \\tfrac{1}{6}$ de la bandeja para cada una.`,
  },
  'divide-fractions': {
    explanation: `
$\\tfrac{a}{b} \\div \\tfrac{c}{d}$ pregunta cuántas veces cabe $\\tfrac{c}{d}$ en $\\tfrac{a}{b}$. Dividir entre una fracción es lo mismo que multiplicar por su **inversa** (la fracción dada la vuelta):
$$\\tfrac{a}{b} \\div \\tfrac{c}{d} = \\tfrac{a}{b} \\times \\tfrac{d}{c}.$$
Comprueba multiplicando el resultado por el divisor.`,
    workedExample: `
$\\tfrac{2}{3} \\div \\tfrac{3}{4} = \\tfrac{2}{3} \\times \\tfrac{4}{3} = \\tfrac{8}{9}$. Comprobación: $\\tfrac{8}{9} \\times \\tfrac{3}{4} = \\tfrac{24}{36} = \\tfrac{2}{3}$.`,
    resources: [{ title: 'El estándar 6.NS.A.1 (Common Core, en inglés)' }],
    items: [{
      stem: '¿Qué expresión tiene el mismo valor que $\\tfrac{3}{4} \\div \\tfrac{2}{5}$?',
      choices: [
        { text: '$\\tfrac{3}{4} \\times \\tfrac{5}{2}$' },
        { text: '$\\tfrac{4}{3} \\times \\tfrac{2}{5}$', feedback: 'Hay que invertir la fracción **entre** la que divides (la segunda), no la primera.' },
        { text: '$\\tfrac{3}{4} \\times \\tfrac{2}{5}$', feedback: 'Eso es multiplicar. Dividir entre $\\tfrac{2}{5}$ es multiplicar por su inversa, $\\tfrac{5}{2}$.' },
        { text: '$\\tfrac{2}{5} \\div \\tfrac{3}{4}$', feedback: 'La división no es conmutativa: si cambias el orden, cambia el resultado.' },
      ],
      hints: ['Dividir entre una fracción es lo mismo que multiplicar por su inversa.', 'La inversa de $\\tfrac{2}{5}$ es $\\tfrac{5}{2}$.'],
      solution: '$\\tfrac{3}{4} \\div \\tfrac{2}{5} = \\tfrac{3}{4} \\times \\tfrac{5}{2} = \\tfrac{15}{8}$.',
    }],
  },
  'divide-fractions-word-problems': {
    explanation: `
«¿Cuántas porciones (raciones, vueltas...) de tamaño $\\tfrac{c}{d}$ hay en $\\tfrac{a}{b}$?» es la división $\\tfrac{a}{b} \\div \\tfrac{c}{d}$. El resultado puede ser una fracción: un trozo de porción también cuenta.`,
    workedExample: `
*¿Cuántas porciones de $\\tfrac{2}{3}$ de taza salen de $\\tfrac{3}{4}$ de taza de yogur?* $\\tfrac{3}{4} \\div \\tfrac{2}{3} = \\tfrac{3}{4} \\times \\tfrac{3}{2} = \\tfrac{9}{8} = 1\\tfrac{1}{8}$ porciones: una porción entera y un octavo de otra.`,
  },
};
