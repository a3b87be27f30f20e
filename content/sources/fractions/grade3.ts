/** Grade 3 (CCSS 3.NF): unit fractions, fractions on the number line, equivalence and comparison. */
import { barModel, numberLine } from '../../../src/content/generators/svg-models.ts';
import { ccss, defineSkill } from '../pack-builder.ts';

export const GRADE_3 = [
  defineSkill({
    id: 'unit-fractions',
    name: 'Unit fractions',
    description: 'Understand $\\tfrac{1}{b}$ as one of $b$ equal parts of a whole.',
    es: { name: 'Fracciones unitarias', description: 'Entender $\\tfrac{1}{b}$ como una de $b$ partes iguales de un entero.' },
    prerequisites: [],
    alignments: [ccss('3.NF.A.1')],
    explanation: `
When a whole is cut into **equal** parts, each part is a *unit fraction* of the whole. If there are $b$ equal parts, each part is $\\tfrac{1}{b}$ (say "one $b$-th").

- The bottom number, the **denominator**, tells how many equal parts make the whole.
- The top number, the **numerator**, counts how many of those parts we mean. For a unit fraction it is 1.

The parts must be equal in size. A pizza cut into 4 pieces of different sizes is not cut into fourths.

The more equal parts a whole is cut into, the smaller each part: $\\tfrac{1}{8}$ of a bar is smaller than $\\tfrac{1}{4}$ of the same bar.`,
    workedExample: `
![A bar cut into 5 equal parts; 1 part is shaded.](${barModel(5, 1)})

The bar is cut into 5 equal parts, so the denominator is 5. One part is shaded, so the numerator is 1. The shaded part is $\\tfrac{1}{5}$ of the bar.`,
    generators: [['fraction-of-bar', { unitOnly: true, denominators: [2, 12] }], ['unit-fraction-copies', { denominators: [2, 12] }]],
    items: [{
      type: 'short-text',
      stem: 'In the fraction $\\tfrac{1}{6}$, what is the 6 called?',
      answers: ['denominator', 'the denominator'],
      hints: ['It is the bottom number of the fraction.', 'Its name starts with "d" and it tells how many equal parts make the whole.'],
      solution: 'The bottom number is the **denominator**: it tells that the whole is cut into 6 equal parts.',
      misconceptions: [{ answer: 'numerator', feedback: 'The numerator is the top number (it counts the parts we mean). The bottom number is the denominator.' }],
    }],
  }),
  defineSkill({
    id: 'fractions-of-a-whole',
    name: 'Fractions as parts of a whole',
    description: 'Understand $\\tfrac{a}{b}$ as $a$ parts of size $\\tfrac{1}{b}$.',
    es: { name: 'Fracciones como partes de un entero', description: 'Entender $\\tfrac{a}{b}$ como $a$ partes de tamaño $\\tfrac{1}{b}$.' },
    prerequisites: ['unit-fractions'],
    alignments: [ccss('3.NF.A.1')],
    explanation: `
A fraction $\\tfrac{a}{b}$ is $a$ parts, each of size $\\tfrac{1}{b}$. So $\\tfrac{3}{4}$ is three of the parts you get when a whole is cut into 4 equal parts:
$$\\tfrac{3}{4} = \\tfrac{1}{4} + \\tfrac{1}{4} + \\tfrac{1}{4}.$$

To name a fraction from a picture:
1. count **all** the equal parts: that is the denominator;
2. count the parts you mean (for example the shaded ones): that is the numerator.

Compare the shaded parts with *all* the parts, not with the unshaded parts.`,
    workedExample: `
![A bar cut into 6 equal parts; 4 parts are shaded.](${barModel(6, 4)})

There are 6 equal parts in all, so the denominator is 6. Four are shaded, so the numerator is 4. The shaded amount is $\\tfrac{4}{6}$: four parts of size $\\tfrac{1}{6}$. (It is not $\\tfrac{4}{2}$: that would compare shaded with unshaded parts.)`,
    generators: [['fraction-of-bar', { denominators: [2, 10] }]],
    items: [{
      type: 'fraction',
      stem: 'A pizza is cut into 8 equal slices. Sam eats 3 slices. What fraction of the pizza does Sam eat?',
      answer: '3/8',
      hints: ['How many equal slices make the whole pizza? That is the denominator.', 'Sam eats 3 of the 8 equal slices.'],
      solution: 'The whole pizza is 8 equal slices, so each slice is $\\tfrac{1}{8}$. Sam eats 3 slices: $\\tfrac{3}{8}$ of the pizza.',
      misconceptions: [
        { answer: '3/5', feedback: 'That compares the eaten slices with the slices left. Compare them with all 8 slices of the whole pizza.' },
        { answer: '5/8', feedback: 'That is the part that is left. The question asks what Sam eats.' },
      ],
    }],
  }),
  defineSkill({
    id: 'number-line-fractions',
    name: 'Fractions on the number line',
    description: 'Place and read fractions between 0 and 1 on a number line.',
    es: { name: 'Fracciones en la recta numérica', description: 'Ubicar y leer fracciones entre 0 y 1 en la recta numérica.' },
    prerequisites: ['fractions-of-a-whole'],
    alignments: [ccss('3.NF.A.2'), ccss('3.NF.A.2a'), ccss('3.NF.A.2b')],
    explanation: `
On a number line the whole is the **distance** from 0 to 1. Cut that distance into $b$ equal spaces and each space has length $\\tfrac{1}{b}$.

The point $a$ spaces to the right of 0 is at $\\tfrac{a}{b}$.

Count the **spaces** (jumps), not the tick marks: from 0 to 1 cut into 4 spaces there are 5 tick marks, but each space is $\\tfrac{1}{4}$.`,
    workedExample: `
![A number line from 0 to 1 cut into 4 equal spaces; point P is 3 spaces to the right of 0.](${numberLine(4, 1, 3)})

From 0 to 1 there are 4 equal spaces, so each is $\\tfrac{1}{4}$. P is 3 spaces from 0, so P is at $\\tfrac{3}{4}$.`,
    generators: [['point-on-number-line', { denominators: [2, 10] }]],
    items: [{
      type: 'numeric',
      stem: 'A number line from 0 to 1 is marked in sixths. How many equal **spaces** are there between 0 and 1?',
      answer: 6,
      hints: ['Sixths means the whole is cut into 6 equal parts.', 'On a number line the parts are the spaces between tick marks.'],
      solution: 'Sixths cut the distance from 0 to 1 into 6 equal spaces (there are 7 tick marks, counting 0 and 1).',
      misconceptions: [{ answer: '7', feedback: 'There are 7 tick marks, but only 6 spaces between them. The spaces are the parts.' }],
    }],
  }),
  defineSkill({
    id: 'number-line-beyond-one',
    name: 'Fractions greater than 1 on the number line',
    description: 'Read fractions such as $\\tfrac{5}{4}$ on a number line that goes past 1.',
    es: { name: 'Fracciones mayores que 1 en la recta numérica', description: 'Leer fracciones como $\\tfrac{5}{4}$ en una recta numérica que pasa de 1.' },
    prerequisites: ['number-line-fractions'],
    alignments: [ccss('3.NF.A.2b'), ccss('3.NF.A.3c')],
    explanation: `
Fractions keep going past 1. If each whole is cut into $b$ equal spaces, keep counting spaces past 1: the point $a$ spaces from 0 is at $\\tfrac{a}{b}$, even when $a$ is bigger than $b$.

The denominator still comes from **one whole** (0 to 1), not from the whole line you see.`,
    workedExample: `
![A number line from 0 to 2 with each whole cut into 3 equal spaces; point P is 5 spaces to the right of 0.](${numberLine(3, 2, 5)})

Each whole is cut into 3 spaces, so each space is $\\tfrac{1}{3}$. P is 5 spaces from 0, so P is at $\\tfrac{5}{3}$, which is the same as $1\\tfrac{2}{3}$.`,
    generators: [['point-on-number-line', { denominators: [2, 8], beyondOne: true }]],
  }),
  defineSkill({
    id: 'equivalent-fractions-models',
    name: 'Equivalent fractions with models',
    description: 'Recognise and make simple equivalent fractions such as $\\tfrac{1}{2} = \\tfrac{2}{4}$.',
    es: { name: 'Fracciones equivalentes con modelos', description: 'Reconocer y formar fracciones equivalentes sencillas, como $\\tfrac{1}{2} = \\tfrac{2}{4}$.' },
    prerequisites: ['number-line-fractions'],
    alignments: [ccss('3.NF.A.3a'), ccss('3.NF.A.3b')],
    explanation: `
Two fractions are **equivalent** when they are the same size: they sit at the same point on the number line.

If you cut every part of $\\tfrac{1}{2}$ into 2 smaller equal parts, the whole now has 4 parts and the shaded amount is 2 of them: $\\tfrac{1}{2} = \\tfrac{2}{4}$. Cutting every part into 3 gives $\\tfrac{3}{6}$.

Cutting each part into $k$ pieces multiplies **both** the numerator and the denominator by $k$; the amount does not change.`,
    workedExample: `
Find the missing number: $\\tfrac{2}{3} = \\tfrac{?}{6}$.

To go from thirds to sixths, each third is cut into 2 pieces ($3 \\times 2 = 6$). The 2 shaded thirds become $2 \\times 2 = 4$ sixths. So $\\tfrac{2}{3} = \\tfrac{4}{6}$.`,
    generators: [['equivalent-fraction', { denominators: [2, 4], factors: [2, 5] }], ['equivalent-fraction', { denominators: [2, 4], factors: [2, 5], missing: 'denominator' }]],
    items: [{
      type: 'multiple-choice',
      stem: 'Which fractions are equal to $\\tfrac{1}{2}$? Choose **all** that are.',
      choices: [
        { id: 'a', text: '$\\tfrac{2}{4}$' },
        { id: 'b', text: '$\\tfrac{3}{6}$' },
        { id: 'c', text: '$\\tfrac{2}{3}$', feedback: '$\\tfrac{2}{3}$ is more than half: half of 3 parts would be $1\\tfrac{1}{2}$ parts.' },
        { id: 'd', text: '$\\tfrac{4}{8}$' },
        { id: 'e', text: '$\\tfrac{1}{4}$', feedback: '$\\tfrac{1}{4}$ is half of a half. A half of 4 parts is 2 parts.' },
      ],
      correct: ['a', 'b', 'd'],
      hints: ['A fraction equals one half when its numerator is half of its denominator.', 'Check each: is the top number exactly half of the bottom number?'],
      solution: '$\\tfrac{2}{4}$, $\\tfrac{3}{6}$ and $\\tfrac{4}{8}$ all have a numerator that is half the denominator, so each equals $\\tfrac{1}{2}$. $\\tfrac{2}{3}$ is more than a half and $\\tfrac{1}{4}$ is less.',
    }],
  }),
  defineSkill({
    id: 'whole-numbers-as-fractions',
    name: 'Whole numbers as fractions',
    description: 'Write whole numbers as fractions, such as $3 = \\tfrac{3}{1}$ and $1 = \\tfrac{4}{4}$.',
    es: { name: 'Números enteros como fracciones', description: 'Escribir números enteros como fracciones, como $3 = \\tfrac{3}{1}$ y $1 = \\tfrac{4}{4}$.' },
    prerequisites: ['number-line-beyond-one'],
    alignments: [ccss('3.NF.A.3c')],
    explanation: `
A whole cut into $b$ equal parts, with all $b$ parts taken, is the whole: $\\tfrac{b}{b} = 1$.

So $w$ wholes cut into $b$ parts each are $w \\times b$ parts: $w = \\tfrac{w \\times b}{b}$. With $b = 1$ (wholes not cut at all), $w = \\tfrac{w}{1}$.`,
    workedExample: `
Write 3 as a fraction with denominator 4.

Each whole is 4 fourths, so 3 wholes are $3 \\times 4 = 12$ fourths: $3 = \\tfrac{12}{4}$. On a number line cut into fourths, 3 is 12 spaces from 0.`,
    generators: [['whole-as-fraction', { wholes: [1, 6], denominators: [1, 8] }]],
  }),
  defineSkill({
    id: 'compare-same-denominator',
    name: 'Compare fractions with the same denominator',
    description: 'Compare fractions with equal denominators using <, > and =.',
    es: { name: 'Comparar fracciones con el mismo denominador', description: 'Comparar fracciones de igual denominador con <, > e =.' },
    prerequisites: ['fractions-of-a-whole'],
    alignments: [ccss('3.NF.A.3d')],
    explanation: `
When two fractions of the same whole have the **same denominator**, their parts are the same size. The one with more parts (the larger numerator) is larger.

$$\\tfrac{5}{8} > \\tfrac{3}{8} \\quad\\text{because 5 eighths is more than 3 eighths.}$$

Comparisons only make sense when both fractions refer to the same whole.`,
    workedExample: `
Compare $\\tfrac{2}{6}$ and $\\tfrac{5}{6}$. Both are sixths, so compare the numbers of parts: 2 is less than 5. So $\\tfrac{2}{6} < \\tfrac{5}{6}$.`,
    generators: [['compare-fractions', { mode: 'same-denominator', denominators: [3, 12] }]],
  }),
  defineSkill({
    id: 'compare-same-numerator',
    name: 'Compare fractions with the same numerator',
    description: 'Compare fractions with equal numerators by thinking about the size of the parts.',
    es: { name: 'Comparar fracciones con el mismo numerador', description: 'Comparar fracciones de igual numerador pensando en el tamaño de las partes.' },
    prerequisites: ['compare-same-denominator', 'unit-fractions'],
    alignments: [ccss('3.NF.A.3d')],
    explanation: `
When the **numerators** are the same, both fractions have the same number of parts, but the parts are different sizes. A larger denominator cuts the whole into more, **smaller** parts.

$$\\tfrac{3}{4} > \\tfrac{3}{8} \\quad\\text{because fourths are bigger than eighths.}$$

This surprises many learners: 8 is bigger than 4, yet $\\tfrac{1}{8}$ is smaller than $\\tfrac{1}{4}$.`,
    workedExample: `
Compare $\\tfrac{2}{5}$ and $\\tfrac{2}{3}$. Both are 2 parts. Thirds are bigger than fifths (a whole cut into 3 parts has bigger parts than one cut into 5). So $\\tfrac{2}{5} < \\tfrac{2}{3}$.`,
    generators: [['compare-fractions', { mode: 'same-numerator', denominators: [2, 12] }]],
    items: [{
      type: 'ordering',
      stem: 'Put these unit fractions in order from **least** to **greatest**.',
      entries: [
        { id: 'half', text: '$\\tfrac{1}{2}$' },
        { id: 'third', text: '$\\tfrac{1}{3}$' },
        { id: 'fifth', text: '$\\tfrac{1}{5}$' },
        { id: 'eighth', text: '$\\tfrac{1}{8}$' },
      ],
      correctOrder: ['eighth', 'fifth', 'third', 'half'],
      hints: ['All four are one piece. Which whole is cut into the most pieces?', 'More pieces means smaller pieces: $\\tfrac{1}{8}$ is the smallest.'],
      solution: 'The more parts a whole is cut into, the smaller each part: $\\tfrac{1}{8} < \\tfrac{1}{5} < \\tfrac{1}{3} < \\tfrac{1}{2}$.',
      misconceptions: [{ answer: 'half,third,fifth,eighth', feedback: 'That is from greatest to least. A bigger denominator means a smaller piece, so $\\tfrac{1}{8}$ comes first.' }],
    }],
  }),
];
