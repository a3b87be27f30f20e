/** Grade 3 in Spanish: lessons and items of grade3.ts, written for a Spanish-speaking class. */
import { barModel, numberLine } from '../../../src/content/generators/svg-models.ts';
import type { SpanishSkills } from '../pack-builder.ts';

export const GRADE_3_ES: SpanishSkills = {
  'unit-fractions': {
    explanation: `
Cuando un entero se corta en partes **iguales**, cada parte es una *fracción unitaria* del entero. Si hay $b$ partes iguales, cada parte es $\\tfrac{1}{b}$ (se lee «un medio», «un tercio», «un cuarto»...).

- El número de abajo, el **denominador**, dice en cuántas partes iguales se divide el entero.
- El número de arriba, el **numerador**, cuenta cuántas de esas partes tomamos. En una fracción unitaria es 1.

Las partes tienen que ser del mismo tamaño. Una pizza cortada en 4 trozos desiguales no está cortada en cuartos.

Cuantas más partes iguales, más pequeña es cada una: $\\tfrac{1}{8}$ de una barra es menos que $\\tfrac{1}{4}$ de la misma barra.`,
    workedExample: `
![Una barra cortada en 5 partes iguales; 1 parte está sombreada.](${barModel(5, 1)})

La barra está cortada en 5 partes iguales: el denominador es 5. Hay una parte sombreada: el numerador es 1. La parte sombreada es $\\tfrac{1}{5}$ (un quinto) de la barra.`,
    items: [{
      stem: 'En la fracción $\\tfrac{1}{6}$, ¿cómo se llama el 6?',
      answers: ['denominador', 'el denominador'],
      hints: ['Es el número de abajo de la fracción.', 'Empieza por «d» y dice en cuántas partes iguales se divide el entero.'],
      solution: 'El número de abajo es el **denominador**: dice que el entero está dividido en 6 partes iguales.',
      misconceptions: [{ answer: 'numerador', feedback: 'El numerador es el número de arriba (cuenta las partes que tomamos). El de abajo es el denominador.' }],
    }],
  },
  'fractions-of-a-whole': {
    explanation: `
Una fracción $\\tfrac{a}{b}$ son $a$ partes, cada una de tamaño $\\tfrac{1}{b}$. Así, $\\tfrac{3}{4}$ son tres de las partes que salen al cortar un entero en 4 partes iguales:
$$\\tfrac{3}{4} = \\tfrac{1}{4} + \\tfrac{1}{4} + \\tfrac{1}{4}.$$

Para nombrar la fracción de un dibujo:
1. cuenta **todas** las partes iguales: ese es el denominador;
2. cuenta las partes que te piden (por ejemplo, las sombreadas): ese es el numerador.

Compara las partes sombreadas con *todas* las partes, no con las que no están sombreadas.`,
    workedExample: `
![Una barra cortada en 6 partes iguales; 4 partes están sombreadas.](${barModel(6, 4)})

En total hay 6 partes iguales: el denominador es 6. Hay 4 sombreadas: el numerador es 4. La parte sombreada es $\\tfrac{4}{6}$: cuatro partes de tamaño $\\tfrac{1}{6}$. (No es $\\tfrac{4}{2}$: eso compararía las sombreadas con las no sombreadas.)`,
    items: [{
      stem: 'Una pizza está cortada en 8 porciones iguales. Sam se come 3. ¿Qué fracción de la pizza se come Sam?',
      hints: ['¿Cuántas porciones iguales forman la pizza entera? Ese es el denominador.', 'Sam se come 3 de las 8 porciones iguales.'],
      solution: 'La pizza entera son 8 porciones iguales, así que cada porción es $\\tfrac{1}{8}$. Sam se come 3 porciones: $\\tfrac{3}{8}$ de la pizza.',
      misconceptions: [
        { feedback: 'Así comparas las porciones que se come con las que quedan. Compáralas con las 8 porciones de la pizza entera.' },
        { feedback: 'Esa es la parte que queda. La pregunta es cuánto se come Sam.' },
      ],
    }],
  },
  'number-line-fractions': {
    explanation: `
En la recta numérica, el entero es la **distancia** de 0 a 1. Si divides esa distancia en $b$ espacios iguales, cada espacio mide $\\tfrac{1}{b}$.

El punto que está $a$ espacios a la derecha del 0 es $\\tfrac{a}{b}$.

Cuenta los **espacios** (los saltos), no las marcas: de 0 a 1 dividido en 4 espacios hay 5 marcas, pero cada espacio es $\\tfrac{1}{4}$.`,
    workedExample: `
![Una recta numérica de 0 a 1 dividida en 4 espacios iguales; el punto P está 3 espacios a la derecha del 0.](${numberLine(4, 1, 3)})

De 0 a 1 hay 4 espacios iguales, así que cada uno es $\\tfrac{1}{4}$. P está a 3 espacios del 0: P está en $\\tfrac{3}{4}$.`,
    items: [{
      stem: 'Una recta numérica de 0 a 1 está dividida en sextos. ¿Cuántos **espacios** iguales hay entre 0 y 1?',
      hints: ['Sextos quiere decir que el entero se divide en 6 partes iguales.', 'En la recta numérica, las partes son los espacios entre las marcas.'],
      solution: 'Los sextos dividen la distancia de 0 a 1 en 6 espacios iguales (hay 7 marcas, contando el 0 y el 1).',
      misconceptions: [{ feedback: 'Hay 7 marcas, pero solo 6 espacios entre ellas. Las partes son los espacios.' }],
    }],
  },
  'number-line-beyond-one': {
    explanation: `
Las fracciones siguen después del 1. Si cada entero está dividido en $b$ espacios iguales, sigue contando espacios después del 1: el punto que está $a$ espacios a la derecha del 0 es $\\tfrac{a}{b}$, aunque $a$ sea mayor que $b$.

El denominador sigue saliendo de **un entero** (de 0 a 1), no de toda la recta que ves.`,
    workedExample: `
![Una recta numérica de 0 a 2 con cada entero dividido en 3 espacios iguales; el punto P está 5 espacios a la derecha del 0.](${numberLine(3, 2, 5)})

Cada entero está dividido en 3 espacios, así que cada espacio es $\\tfrac{1}{3}$. P está a 5 espacios del 0: P está en $\\tfrac{5}{3}$, que es lo mismo que $1\\tfrac{2}{3}$.`,
  },
  'equivalent-fractions-models': {
    explanation: `
Dos fracciones son **equivalentes** cuando representan la misma cantidad: están en el mismo punto de la recta numérica.

Si cortas cada parte de $\\tfrac{1}{2}$ en 2 partes iguales más pequeñas, el entero queda en 4 partes y lo sombreado son 2 de ellas: $\\tfrac{1}{2} = \\tfrac{2}{4}$. Si cortas cada parte en 3, obtienes $\\tfrac{3}{6}$.

Cortar cada parte en $k$ trozos multiplica por $k$ **tanto** el numerador **como** el denominador; la cantidad no cambia.`,
    workedExample: `
Halla el número que falta: $\\tfrac{2}{3} = \\tfrac{?}{6}$.

Para pasar de tercios a sextos, cada tercio se corta en 2 trozos ($3 \\times 2 = 6$). Los 2 tercios sombreados pasan a ser $2 \\times 2 = 4$ sextos. Así que $\\tfrac{2}{3} = \\tfrac{4}{6}$.`,
    items: [{
      stem: '¿Qué fracciones son iguales a $\\tfrac{1}{2}$? Elige **todas** las que lo sean.',
      choices: [
        { text: '$\\tfrac{2}{4}$' },
        { text: '$\\tfrac{3}{6}$' },
        { text: '$\\tfrac{2}{3}$', feedback: '$\\tfrac{2}{3}$ es más que un medio: la mitad de 3 partes sería $1\\tfrac{1}{2}$ partes.' },
        { text: '$\\tfrac{4}{8}$' },
        { text: '$\\tfrac{1}{4}$', feedback: '$\\tfrac{1}{4}$ es la mitad de un medio. La mitad de 4 partes son 2 partes.' },
      ],
      hints: ['Una fracción es igual a un medio cuando el numerador es la mitad del denominador.', 'Revisa cada una: ¿el número de arriba es justo la mitad del de abajo?'],
      solution: 'En $\\tfrac{2}{4}$, $\\tfrac{3}{6}$ y $\\tfrac{4}{8}$ el numerador es la mitad del denominador, así que todas son iguales a $\\tfrac{1}{2}$. $\\tfrac{2}{3}$ es más que un medio y $\\tfrac{1}{4}$, menos.',
    }],
  },
  'whole-numbers-as-fractions': {
    explanation: `
Un entero cortado en $b$ partes iguales, si se toman las $b$ partes, es el entero: $\\tfrac{b}{b} = 1$.

Así, $w$ enteros cortados en $b$ partes cada uno son $w \\times b$ partes: $w = \\tfrac{w \\times b}{b}$. Con $b = 1$ (enteros sin cortar), $w = \\tfrac{w}{1}$.`,
    workedExample: `
Escribe 3 como fracción con denominador 4.

Cada entero son 4 cuartos, así que 3 enteros son $3 \\times 4 = 12$ cuartos: $3 = \\tfrac{12}{4}$. En una recta dividida en cuartos, el 3 está a 12 espacios del 0.`,
  },
  'compare-same-denominator': {
    explanation: `
Cuando dos fracciones del mismo entero tienen el **mismo denominador**, sus partes son del mismo tamaño. Es mayor la que tiene más partes (el numerador mayor).

$$\\tfrac{5}{8} > \\tfrac{3}{8} \\quad\\text{porque 5 octavos son más que 3 octavos.}$$

Solo tiene sentido comparar si las dos fracciones se refieren al mismo entero.`,
    workedExample: `
Compara $\\tfrac{2}{6}$ y $\\tfrac{5}{6}$. Las dos son sextos, así que compara el número de partes: 2 es menor que 5. Por tanto, $\\tfrac{2}{6} < \\tfrac{5}{6}$.`,
  },
  'compare-same-numerator': {
    explanation: `
Cuando los **numeradores** son iguales, las dos fracciones tienen el mismo número de partes, pero de distinto tamaño. Un denominador mayor corta el entero en más partes, y **más pequeñas**.

$$\\tfrac{3}{4} > \\tfrac{3}{8} \\quad\\text{porque los cuartos son más grandes que los octavos.}$$

A muchos les sorprende: 8 es mayor que 4, pero $\\tfrac{1}{8}$ es menor que $\\tfrac{1}{4}$.`,
    workedExample: `
Compara $\\tfrac{2}{5}$ y $\\tfrac{2}{3}$. Las dos son 2 partes. Los tercios son más grandes que los quintos (un entero cortado en 3 tiene partes más grandes que uno cortado en 5). Así que $\\tfrac{2}{5} < \\tfrac{2}{3}$.`,
    items: [{
      stem: 'Ordena estas fracciones unitarias de **menor** a **mayor**.',
      entries: [{ text: '$\\tfrac{1}{2}$' }, { text: '$\\tfrac{1}{3}$' }, { text: '$\\tfrac{1}{5}$' }, { text: '$\\tfrac{1}{8}$' }],
      hints: ['Las cuatro son un solo trozo. ¿Qué entero está cortado en más trozos?', 'Más trozos quiere decir trozos más pequeños: $\\tfrac{1}{8}$ es la menor.'],
      solution: 'Cuantas más partes tiene el entero, más pequeña es cada una: $\\tfrac{1}{8} < \\tfrac{1}{5} < \\tfrac{1}{3} < \\tfrac{1}{2}$.',
      misconceptions: [{ feedback: 'Eso va de mayor a menor. Un denominador mayor significa un trozo más pequeño, así que $\\tfrac{1}{8}$ va primero.' }],
    }],
  },
};
