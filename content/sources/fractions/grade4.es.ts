/** Grade 4 in Spanish: lessons and items of grade4.ts, written for a Spanish-speaking class. */
import type { SpanishSkills } from '../pack-builder.ts';

export const GRADE_4_ES: SpanishSkills = {
  'equivalent-fractions-multiply': {
    explanation: `
$$\\frac{a}{b} = \\frac{n \\times a}{n \\times b} \\quad (n \\ne 0)$$

Multiplicar el numerador y el denominador por el mismo número $n$ corta cada parte en $n$ partes más pequeñas: hay $n$ veces más partes, cada una $n$ veces más pequeña, así que la cantidad no cambia.

Sumar el mismo número arriba y abajo **no** da una fracción equivalente: $\\tfrac{1}{2}$ y $\\tfrac{2}{3}$ no son iguales.`,
    workedExample: `
Halla el número que falta: $\\tfrac{3}{5} = \\tfrac{?}{20}$.

$5 \\times 4 = 20$, así que multiplica también el numerador por 4: $3 \\times 4 = 12$. Por tanto, $\\tfrac{3}{5} = \\tfrac{12}{20}$.`,
  },
  'simplify-fractions': {
    explanation: `
La equivalencia también funciona al revés: si divides el numerador y el denominador entre el mismo número (un **divisor común**), obtienes una fracción equivalente con menos partes, y más grandes.

Una fracción es **irreducible** (está simplificada al máximo) cuando el numerador y el denominador no tienen más divisor común que el 1. Si divides entre el *máximo* común divisor, llegas en un solo paso.`,
    workedExample: `
Simplifica $\\tfrac{12}{18}$. Los divisores de 12 son 1, 2, 3, 4, 6 y 12; los de 18 son 1, 2, 3, 6, 9 y 18. El máximo común divisor es 6:
$$\\frac{12}{18} = \\frac{12 \\div 6}{18 \\div 6} = \\frac{2}{3}.$$`,
    items: [{
      stem: '¿Cuáles de estas fracciones ya son irreducibles? Elige **todas** las que lo sean.',
      choices: [
        { text: '$\\tfrac{6}{9}$', feedback: '6 y 9 se pueden dividir entre 3: $\\tfrac{6}{9} = \\tfrac{2}{3}$.' },
        { text: '$\\tfrac{5}{12}$' },
        { text: '$\\tfrac{7}{8}$' },
        { text: '$\\tfrac{4}{10}$', feedback: '4 y 10 son pares: $\\tfrac{4}{10} = \\tfrac{2}{5}$.' },
      ],
      hints: ['Una fracción es irreducible cuando ningún número mayor que 1 divide a la vez al numerador y al denominador.', 'Prueba con 2, 3 y 5 como divisores comunes.'],
      solution: '$\\tfrac{5}{12}$ y $\\tfrac{7}{8}$ no tienen ningún divisor común mayor que 1. $\\tfrac{6}{9}$ se simplifica a $\\tfrac{2}{3}$ y $\\tfrac{4}{10}$, a $\\tfrac{2}{5}$.',
    }],
  },
  'compare-benchmark-half': {
    explanation: `
Una fracción vale exactamente un medio cuando su numerador es la mitad del denominador: $\\tfrac{3}{6}$, $\\tfrac{5}{10}$.

- Si el numerador es **más** que la mitad del denominador, la fracción es mayor que $\\tfrac{1}{2}$ (por ejemplo, $\\tfrac{4}{7}$: la mitad de 7 es 3,5, y 4 > 3,5).
- Si es **menos**, la fracción es menor que $\\tfrac{1}{2}$.

Usar $\\tfrac{1}{2}$ como referencia permite comparar rápido: $\\tfrac{3}{8} < \\tfrac{1}{2} < \\tfrac{4}{7}$.`,
    workedExample: `
Compara $\\tfrac{5}{12}$ con $\\tfrac{4}{8}$. Primero, $\\tfrac{4}{8} = \\tfrac{1}{2}$. La mitad de 12 es 6, y 5 < 6, así que $\\tfrac{5}{12}$ es menos que un medio. Por tanto, $\\tfrac{5}{12} < \\tfrac{4}{8}$.`,
  },
  'compare-unlike': {
    explanation: `
Cuando son distintos tanto los numeradores como los denominadores, primero haz que las partes sean del mismo tamaño: escribe las dos fracciones con un **denominador común** (un múltiplo de los dos denominadores) y compara los numeradores.

Comparar solo los numeradores no sirve: $\\tfrac{3}{10} < \\tfrac{2}{3}$ aunque 3 > 2.`,
    workedExample: `
Compara $\\tfrac{3}{4}$ y $\\tfrac{5}{6}$. Un denominador común es 12: $\\tfrac{3}{4} = \\tfrac{9}{12}$ y $\\tfrac{5}{6} = \\tfrac{10}{12}$. Como 9 < 10, $\\tfrac{3}{4} < \\tfrac{5}{6}$.`,
    items: [{
      stem: 'Ordena estas fracciones de **menor** a **mayor**. Usa los botones para mover o las flechas del teclado.',
      entries: [{ text: '$\\tfrac{2}{3}$' }, { text: '$\\tfrac{1}{4}$' }, { text: '$\\tfrac{5}{8}$' }, { text: '$\\tfrac{1}{2}$' }],
      hints: ['Escribe las cuatro con el denominador común 24.', '$\\tfrac{2}{3} = \\tfrac{16}{24}$, $\\tfrac{1}{4} = \\tfrac{6}{24}$, $\\tfrac{5}{8} = \\tfrac{15}{24}$, $\\tfrac{1}{2} = \\tfrac{12}{24}$.'],
      solution: 'En veinticuatroavos: $\\tfrac{1}{4} = \\tfrac{6}{24}$, $\\tfrac{1}{2} = \\tfrac{12}{24}$, $\\tfrac{5}{8} = \\tfrac{15}{24}$, $\\tfrac{2}{3} = \\tfrac{16}{24}$. El orden es $\\tfrac{1}{4}, \\tfrac{1}{2}, \\tfrac{5}{8}, \\tfrac{2}{3}$.',
      misconceptions: [{ feedback: 'Así las ordenas por el denominador. Compara su tamaño: escríbelas con un denominador común.' }],
    }],
  },
  'decompose-fractions': {
    explanation: `
Como $\\tfrac{a}{b}$ son $a$ partes de tamaño $\\tfrac{1}{b}$, se puede repartir en grupos de esas partes de muchas maneras:
$$\\tfrac{5}{8} = \\tfrac{1}{8} + \\tfrac{1}{8} + \\tfrac{1}{8} + \\tfrac{1}{8} + \\tfrac{1}{8} = \\tfrac{2}{8} + \\tfrac{3}{8} = \\tfrac{1}{8} + \\tfrac{4}{8}.$$
Los numeradores suman el numerador de partida; el denominador no cambia.`,
    workedExample: `
Completa $\\tfrac{7}{10} = \\tfrac{3}{10} + \\square$. Siete décimos son 3 décimos y $7 - 3 = 4$ décimos más, así que la parte que falta es $\\tfrac{4}{10}$.`,
  },
  'add-like': {
    explanation: `
Si los denominadores son iguales, las partes son del mismo tamaño: suma el **número de partes** y deja el tamaño:
$$\\tfrac{a}{b} + \\tfrac{c}{b} = \\tfrac{a + c}{b}.$$

**No** sumes los denominadores: $\\tfrac{1}{4} + \\tfrac{1}{4}$ son dos cuartos, $\\tfrac{2}{4}$, no $\\tfrac{2}{8}$ (que es solo un cuarto).`,
    workedExample: `
$\\tfrac{2}{7} + \\tfrac{3}{7}$: 2 séptimos y 3 séptimos son 5 séptimos, así que la suma es $\\tfrac{5}{7}$.`,
  },
  'subtract-like': {
    explanation: `
Para restar se hace lo mismo: las partes son del mismo tamaño, así que resta los numeradores y deja el denominador:
$$\\tfrac{a}{b} - \\tfrac{c}{b} = \\tfrac{a - c}{b}.$$
Simplifica el resultado si puedes.`,
    workedExample: `
$\\tfrac{7}{8} - \\tfrac{3}{8} = \\tfrac{4}{8}$, que se simplifica a $\\tfrac{1}{2}$.`,
  },
  'mixed-to-improper': {
    explanation: `
Un **número mixto** como $2\\tfrac{3}{4}$ significa $2 + \\tfrac{3}{4}$. Una **fracción impropia** tiene el numerador igual o mayor que el denominador, como $\\tfrac{11}{4}$.

Para pasar de uno a otra: cada entero es $\\tfrac{4}{4}$, así que 2 enteros son $\\tfrac{8}{4}$; suma los $\\tfrac{3}{4}$:
$$2\\tfrac{3}{4} = \\tfrac{2 \\times 4 + 3}{4} = \\tfrac{11}{4}.$$`,
    workedExample: `
$3\\tfrac{2}{5}$: en los enteros hay $3 \\times 5 = 15$ quintos; más 2 quintos, son $\\tfrac{17}{5}$.`,
  },
  'improper-to-mixed': {
    explanation: `
Divide el numerador entre el denominador. El **cociente** es el número de enteros y el **resto**, el número de partes que sobran:
$$\\tfrac{17}{5}: \\quad 17 \\div 5 = 3 \\text{ y sobran } 2, \\quad\\text{así que } \\tfrac{17}{5} = 3\\tfrac{2}{5}.$$`,
    workedExample: `
$\\tfrac{23}{6}$: $23 \\div 6 = 3$ y sobran 5 (porque $3 \\times 6 = 18$ y $23 - 18 = 5$). Así que $\\tfrac{23}{6} = 3\\tfrac{5}{6}$.`,
  },
  'add-mixed-like': {
    explanation: `
Hay dos buenos métodos:
1. Suma los enteros, suma las fracciones y, si la parte fraccionaria llega a $\\tfrac{b}{b}$ o más, cámbiala por un entero.
2. Pasa los dos a fracciones impropias, súmalas y vuelve a pasar a número mixto.`,
    workedExample: `
$2\\tfrac{3}{5} + 1\\tfrac{4}{5}$: enteros, $2 + 1 = 3$; fracciones, $\\tfrac{3}{5} + \\tfrac{4}{5} = \\tfrac{7}{5} = 1\\tfrac{2}{5}$. En total: $3 + 1\\tfrac{2}{5} = 4\\tfrac{2}{5}$.`,
  },
  'subtract-mixed-like': {
    explanation: `
Resta los enteros y las fracciones. Si la primera fracción es menor que la que quitas, **reagrupa**: cambia un entero por $\\tfrac{b}{b}$.
$$4\\tfrac{1}{5} = 3 + \\tfrac{5}{5} + \\tfrac{1}{5} = 3\\tfrac{6}{5}.$$
También puedes pasar los dos a fracciones impropias: así no hace falta reagrupar.`,
    workedExample: `
$4\\tfrac{1}{5} - 1\\tfrac{3}{5}$: a $\\tfrac{1}{5}$ no le puedes quitar $\\tfrac{3}{5}$, así que reagrupa: $4\\tfrac{1}{5} = 3\\tfrac{6}{5}$. Entonces $3\\tfrac{6}{5} - 1\\tfrac{3}{5} = 2\\tfrac{3}{5}$.`,
  },
};
