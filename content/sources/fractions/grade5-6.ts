/** Grades 5 and 6 (CCSS 5.NF, 6.NS.A.1): unlike denominators, multiplication, division. */
import { ccss, defineSkill } from '../pack-builder.ts';

export const GRADE_5_6 = [
  defineSkill({
    id: 'add-unlike',
    name: 'Add fractions with unlike denominators',
    description: 'Add fractions with different denominators using a common denominator.',
    es: { name: 'Sumar fracciones con distinto denominador', description: 'Sumar fracciones de distinto denominador usando un denominador común.' },
    prerequisites: ['equivalent-fractions-multiply', 'add-like'],
    alignments: [ccss('5.NF.A.1')],
    explanation: `
Different denominators mean different-sized parts, which cannot be added directly. Rewrite both fractions with a **common denominator** (a common multiple; the least one keeps numbers small), then add the numerators:
$$\\tfrac{2}{3} + \\tfrac{1}{4} = \\tfrac{8}{12} + \\tfrac{3}{12} = \\tfrac{11}{12}.$$
Never add the denominators.`,
    workedExample: `
$\\tfrac{1}{6} + \\tfrac{3}{4}$: the least common multiple of 6 and 4 is 12. $\\tfrac{1}{6} = \\tfrac{2}{12}$ and $\\tfrac{3}{4} = \\tfrac{9}{12}$, so the sum is $\\tfrac{11}{12}$.`,
    generators: [['fraction-add-sub', { op: 'add', operands: 'unlike', denominators: [2, 12] }]],
    items: [{
      type: 'fraction',
      stem: 'Lee runs $\\tfrac{1}{2}$ km and then walks $\\tfrac{1}{3}$ km. How far does Lee go in all, in km?',
      answer: '5/6',
      hints: ['Halves and thirds are different-sized pieces: find a common denominator.', '$\\tfrac{1}{2} = \\tfrac{3}{6}$ and $\\tfrac{1}{3} = \\tfrac{2}{6}$.'],
      solution: '$\\tfrac{1}{2} + \\tfrac{1}{3} = \\tfrac{3}{6} + \\tfrac{2}{6} = \\tfrac{5}{6}$ km.',
      misconceptions: [{ answer: '2/5', feedback: 'You added the tops and the bottoms. $\\tfrac{2}{5}$ is less than $\\tfrac{1}{2}$, so it cannot be the total: use a common denominator.' }],
    }],
  }),
  defineSkill({
    id: 'subtract-unlike',
    name: 'Subtract fractions with unlike denominators',
    description: 'Subtract fractions with different denominators.',
    es: { name: 'Restar fracciones con distinto denominador', description: 'Restar fracciones de distinto denominador.' },
    prerequisites: ['add-unlike', 'subtract-like'],
    alignments: [ccss('5.NF.A.1')],
    explanation: `
Rewrite both fractions with a common denominator, subtract the numerators, and simplify:
$$\\tfrac{5}{6} - \\tfrac{1}{4} = \\tfrac{10}{12} - \\tfrac{3}{12} = \\tfrac{7}{12}.$$`,
    workedExample: `
$\\tfrac{7}{10} - \\tfrac{1}{2}$: $\\tfrac{1}{2} = \\tfrac{5}{10}$, so $\\tfrac{7}{10} - \\tfrac{5}{10} = \\tfrac{2}{10} = \\tfrac{1}{5}$.`,
    generators: [['fraction-add-sub', { op: 'subtract', operands: 'unlike', denominators: [2, 12], requireSimplest: true }]],
  }),
  defineSkill({
    id: 'mixed-unlike',
    name: 'Add and subtract mixed numbers with unlike denominators',
    description: 'Add and subtract mixed numbers whose fractions have different denominators.',
    es: { name: 'Sumar y restar números mixtos con distinto denominador', description: 'Sumar y restar números mixtos cuyas fracciones tienen distinto denominador.' },
    prerequisites: ['subtract-unlike', 'subtract-mixed-like'],
    alignments: [ccss('5.NF.A.1')],
    explanation: `
Combine what you know: give the fraction parts a common denominator, then add or subtract as with like denominators (regroup a whole if needed). Converting to improper fractions first is a reliable alternative.`,
    workedExample: `
$3\\tfrac{1}{4} - 1\\tfrac{2}{3}$: as improper fractions $\\tfrac{13}{4} - \\tfrac{5}{3} = \\tfrac{39}{12} - \\tfrac{20}{12} = \\tfrac{19}{12} = 1\\tfrac{7}{12}$.`,
    generators: [
      ['fraction-add-sub', { op: 'add', operands: 'mixed-unlike', denominators: [2, 8], wholes: [1, 4] }],
      ['fraction-add-sub', { op: 'subtract', operands: 'mixed-unlike', denominators: [2, 8], wholes: [1, 4] }],
    ],
  }),
  defineSkill({
    id: 'unlike-word-problems',
    name: 'Word problems: unlike denominators',
    description: 'Solve word problems that add or subtract fractions with different denominators, and check that answers are reasonable.',
    es: { name: 'Problemas: distinto denominador', description: 'Resolver problemas que suman o restan fracciones de distinto denominador y comprobar si la respuesta es razonable.' },
    prerequisites: ['subtract-unlike'],
    alignments: [ccss('5.NF.A.2')],
    explanation: `
Decide whether to add or subtract, compute with a common denominator, then **estimate** to check: compare each fraction with $0$, $\\tfrac{1}{2}$ and $1$. For example $\\tfrac{2}{5} + \\tfrac{1}{2}$ must be a bit less than 1, so an answer of $\\tfrac{3}{7}$ cannot be right.`,
    workedExample: `
*Kofi read for $\\tfrac{1}{2}$ hour before lunch and $\\tfrac{3}{4}$ hour after. How long did he read?* $\\tfrac{2}{4} + \\tfrac{3}{4} = \\tfrac{5}{4} = 1\\tfrac{1}{4}$ hours. Check: a half plus three quarters is more than 1, so the answer is reasonable.`,
    generators: [
      ['fraction-add-sub', { op: 'add', operands: 'unlike', denominators: [2, 10], story: true }],
      ['fraction-add-sub', { op: 'subtract', operands: 'unlike', denominators: [2, 10], story: true }],
    ],
  }),
  defineSkill({
    id: 'fraction-as-division',
    name: 'Fractions as division',
    description: 'Interpret $\\tfrac{a}{b}$ as $a \\div b$, including sharing problems.',
    es: { name: 'Fracciones como división', description: 'Interpretar $\\tfrac{a}{b}$ como $a \\div b$, incluso en problemas de reparto.' },
    prerequisites: ['improper-to-mixed', 'multiply-whole-by-fraction'],
    alignments: [ccss('5.NF.B.3')],
    explanation: `
Sharing $a$ wholes equally among $b$ people gives each person $\\tfrac{a}{b}$:
$$a \\div b = \\tfrac{a}{b}.$$
Each person gets $\\tfrac{1}{b}$ of every whole, and there are $a$ wholes, so $a \\times \\tfrac{1}{b} = \\tfrac{a}{b}$.`,
    workedExample: `
3 pizzas shared equally by 4 friends: each gets $3 \\div 4 = \\tfrac{3}{4}$ of a pizza. And 7 pizzas among 3 friends: $\\tfrac{7}{3} = 2\\tfrac{1}{3}$ pizzas each.`,
    generators: [
      ['fraction-divide', { operands: 'whole-by-whole', wholes: [2, 9] }],
      ['fraction-divide', { operands: 'whole-by-whole', wholes: [2, 9], story: true }],
    ],
  }),
  defineSkill({
    id: 'multiply-fractions',
    name: 'Multiply fractions',
    description: 'Multiply a fraction by a fraction.',
    es: { name: 'Multiplicar fracciones', description: 'Multiplicar una fracción por otra fracción.' },
    prerequisites: ['multiply-whole-by-fraction', 'simplify-fractions'],
    alignments: [ccss('5.NF.B.4a')],
    explanation: `
$\\tfrac{a}{b} \\times \\tfrac{c}{d}$ means $\\tfrac{a}{b}$ **of** $\\tfrac{c}{d}$. Multiply straight across:
$$\\tfrac{a}{b} \\times \\tfrac{c}{d} = \\tfrac{a \\times c}{b \\times d}.$$
No common denominator is needed. Simplify at the end (or cancel common factors first).`,
    workedExample: `
$\\tfrac{2}{3} \\times \\tfrac{3}{4} = \\tfrac{6}{12} = \\tfrac{1}{2}$. In words: two thirds of three quarters is one half.`,
    generators: [['fraction-multiply', { operands: 'fraction-times-fraction', denominators: [2, 10] }]],
  }),
  defineSkill({
    id: 'area-fractional-sides',
    name: 'Area with fractional side lengths',
    description: 'Find the area of a rectangle whose sides are fractions.',
    es: { name: 'Área con lados fraccionarios', description: 'Hallar el área de un rectángulo cuyos lados son fracciones.' },
    prerequisites: ['multiply-fractions'],
    alignments: [ccss('5.NF.B.4b')],
    explanation: `
Area is length × width, also for fractional sides. Tiling a unit square with $b \\times d$ equal tiles shows why: a rectangle $\\tfrac{a}{b}$ by $\\tfrac{c}{d}$ covers $a \\times c$ of those tiles, so its area is $\\tfrac{a \\times c}{b \\times d}$ square units.`,
    workedExample: `
A tile is $\\tfrac{3}{4}$ m by $\\tfrac{2}{5}$ m. Area $= \\tfrac{3}{4} \\times \\tfrac{2}{5} = \\tfrac{6}{20} = \\tfrac{3}{10}$ square metres.`,
    generators: [['fraction-multiply', { operands: 'area', denominators: [2, 8] }]],
  }),
  defineSkill({
    id: 'scaling',
    name: 'Multiplication as scaling',
    description: 'Predict whether a product is larger or smaller than a factor.',
    es: { name: 'La multiplicación como cambio de escala', description: 'Predecir si un producto es mayor o menor que uno de sus factores.' },
    prerequisites: ['multiply-whole-by-fraction', 'compare-benchmark-half'],
    alignments: [ccss('5.NF.B.5a'), ccss('5.NF.B.5b')],
    explanation: `
Multiplying a positive number by:
- a fraction **greater than 1** makes it larger ($6 \\times \\tfrac{3}{2} = 9$);
- a fraction **less than 1** makes it smaller ($6 \\times \\tfrac{2}{3} = 4$);
- a fraction **equal to 1** leaves it the same ($6 \\times \\tfrac{4}{4} = 6$).

"Multiplying always makes bigger" is true only for whole numbers greater than 1.`,
    workedExample: `
Is $15 \\times \\tfrac{7}{8}$ more or less than 15? $\\tfrac{7}{8} < 1$, so the product is less than 15 (it is $13\\tfrac{1}{8}$).`,
    generators: [['fraction-scaling', { denominators: [2, 10], wholes: [2, 30] }]],
    items: [{
      type: 'multiple-choice',
      stem: 'Which products are **less than** 12? Choose all that are.',
      choices: [
        { id: 'a', text: '$12 \\times \\tfrac{3}{4}$' },
        { id: 'b', text: '$12 \\times \\tfrac{5}{4}$', feedback: '$\\tfrac{5}{4}$ is more than 1, so the product is more than 12 (it is 15).' },
        { id: 'c', text: '$12 \\times \\tfrac{1}{2}$' },
        { id: 'd', text: '$12 \\times \\tfrac{7}{7}$', feedback: '$\\tfrac{7}{7} = 1$, so the product equals 12.' },
      ],
      correct: ['a', 'c'],
      hints: ['Compare each fraction with 1.', 'Multiplying by a fraction less than 1 gives less than 12.'],
      solution: '$\\tfrac{3}{4}$ and $\\tfrac{1}{2}$ are less than 1, so $12 \\times \\tfrac{3}{4} = 9$ and $12 \\times \\tfrac{1}{2} = 6$ are less than 12. $\\tfrac{5}{4} > 1$ gives 15 and $\\tfrac{7}{7} = 1$ gives 12.',
    }],
  }),
  defineSkill({
    id: 'multiply-word-problems',
    name: 'Word problems: multiplying fractions',
    description: 'Solve real-world problems by multiplying fractions and mixed numbers.',
    es: { name: 'Problemas: multiplicar fracciones', description: 'Resolver problemas de la vida real multiplicando fracciones.' },
    prerequisites: ['multiply-fractions'],
    alignments: [ccss('5.NF.B.6')],
    explanation: `
"A fraction **of** an amount" means multiply. $\\tfrac{2}{3}$ of $\\tfrac{3}{4}$ of a cake is $\\tfrac{2}{3} \\times \\tfrac{3}{4}$ of the whole cake. Repeated equal amounts ("5 batches of $\\tfrac{3}{4}$ cup") also mean multiply.`,
    workedExample: `
*Jo has $\\tfrac{3}{5}$ of a cake and eats $\\tfrac{1}{2}$ of what she has.* She eats $\\tfrac{1}{2} \\times \\tfrac{3}{5} = \\tfrac{3}{10}$ of a whole cake.`,
    generators: [
      ['fraction-multiply', { operands: 'fraction-times-fraction', denominators: [2, 8], story: true }],
      ['fraction-multiply', { operands: 'whole-times-fraction', denominators: [2, 8], wholes: [2, 12], story: true }],
    ],
  }),
  defineSkill({
    id: 'divide-unit-by-whole',
    name: 'Divide a unit fraction by a whole number',
    description: 'Compute quotients such as $\\tfrac{1}{3} \\div 4$.',
    es: { name: 'Dividir una fracción unitaria entre un entero', description: 'Calcular cocientes como $\\tfrac{1}{3} \\div 4$.' },
    prerequisites: ['fraction-as-division', 'multiply-fractions'],
    alignments: [ccss('5.NF.B.7a')],
    explanation: `
Sharing $\\tfrac{1}{b}$ equally into $n$ parts cuts it into $n$ pieces, each $\\tfrac{1}{b \\times n}$ of the whole:
$$\\tfrac{1}{b} \\div n = \\tfrac{1}{b \\times n}.$$
Check by multiplying: $\\tfrac{1}{b \\times n} \\times n = \\tfrac{1}{b}$.`,
    workedExample: `
$\\tfrac{1}{3} \\div 4 = \\tfrac{1}{12}$, because $\\tfrac{1}{12} \\times 4 = \\tfrac{4}{12} = \\tfrac{1}{3}$.`,
    generators: [['fraction-divide', { operands: 'unit-by-whole', denominators: [2, 10], wholes: [2, 9] }]],
  }),
  defineSkill({
    id: 'divide-whole-by-unit',
    name: 'Divide a whole number by a unit fraction',
    description: 'Compute quotients such as $4 \\div \\tfrac{1}{5}$.',
    es: { name: 'Dividir un entero entre una fracción unitaria', description: 'Calcular cocientes como $4 \\div \\tfrac{1}{5}$.' },
    prerequisites: ['divide-unit-by-whole'],
    alignments: [ccss('5.NF.B.7b')],
    explanation: `
$n \\div \\tfrac{1}{b}$ asks: **how many** pieces of size $\\tfrac{1}{b}$ fit into $n$? Each whole holds $b$ of them, so
$$n \\div \\tfrac{1}{b} = n \\times b.$$
Dividing by a number less than 1 gives a result **bigger** than the number you started with.`,
    workedExample: `
$4 \\div \\tfrac{1}{5} = 20$: there are 5 fifths in each whole and 4 wholes. Check: $20 \\times \\tfrac{1}{5} = 4$.`,
    generators: [['fraction-divide', { operands: 'whole-by-unit', denominators: [2, 10], wholes: [2, 9] }]],
  }),
  defineSkill({
    id: 'division-word-problems',
    name: 'Word problems: dividing with unit fractions',
    description: 'Solve sharing and measuring problems that divide with unit fractions.',
    es: { name: 'Problemas: dividir con fracciones unitarias', description: 'Resolver problemas de reparto y medida que dividen con fracciones unitarias.' },
    prerequisites: ['divide-whole-by-unit'],
    alignments: [ccss('5.NF.B.7c')],
    explanation: `
Two kinds of division story:
- **Sharing**: an amount split among a number of people ("$\\tfrac{1}{2}$ pan shared by 3") — divide the fraction by the whole number.
- **Measuring**: how many portions of a given size fit ("how many $\\tfrac{1}{4}$ kg bags from 3 kg") — divide the whole number by the unit fraction.`,
    workedExample: `
*3 kg of trail mix goes into $\\tfrac{1}{4}$ kg bags.* $3 \\div \\tfrac{1}{4} = 12$ bags. *$\\tfrac{1}{2}$ of a pan is shared by 3 people.* $\\tfrac{1}{2} \\div 3 = \\tfrac{1}{6}$ of the pan each.`,
    generators: [
      ['fraction-divide', { operands: 'unit-by-whole', denominators: [2, 8], wholes: [2, 8], story: true }],
      ['fraction-divide', { operands: 'whole-by-unit', denominators: [2, 8], wholes: [2, 8], story: true }],
    ],
  }),
  defineSkill({
    id: 'divide-fractions',
    name: 'Divide fractions by fractions',
    description: 'Divide a fraction by a fraction by multiplying by the reciprocal.',
    es: { name: 'Dividir fracciones entre fracciones', description: 'Dividir una fracción entre otra multiplicando por el recíproco.' },
    prerequisites: ['divide-whole-by-unit'],
    alignments: [ccss('6.NS.A.1')],
    explanation: `
$\\tfrac{a}{b} \\div \\tfrac{c}{d}$ asks how many $\\tfrac{c}{d}$ fit into $\\tfrac{a}{b}$. Dividing by a fraction is the same as multiplying by its **reciprocal** (the fraction flipped):
$$\\tfrac{a}{b} \\div \\tfrac{c}{d} = \\tfrac{a}{b} \\times \\tfrac{d}{c}.$$
Check by multiplying the answer by the divisor.`,
    workedExample: `
$\\tfrac{2}{3} \\div \\tfrac{3}{4} = \\tfrac{2}{3} \\times \\tfrac{4}{3} = \\tfrac{8}{9}$. Check: $\\tfrac{8}{9} \\times \\tfrac{3}{4} = \\tfrac{24}{36} = \\tfrac{2}{3}$.`,
    resources: [{ title: 'The standard 6.NS.A.1 (Common Core)', url: 'https://www.thecorestandards.org/Math/Content/6/NS/A/1/' }],
    generators: [['fraction-divide', { operands: 'fraction-by-fraction', denominators: [2, 10] }]],
    items: [{
      type: 'multiple-choice',
      stem: 'Which expression has the same value as $\\tfrac{3}{4} \\div \\tfrac{2}{5}$?',
      choices: [
        { id: 'right', text: '$\\tfrac{3}{4} \\times \\tfrac{5}{2}$' },
        { id: 'flip-first', text: '$\\tfrac{4}{3} \\times \\tfrac{2}{5}$', feedback: 'Flip the fraction you divide **by** (the second one), not the first.' },
        { id: 'no-flip', text: '$\\tfrac{3}{4} \\times \\tfrac{2}{5}$', feedback: 'That is multiplication. Dividing by $\\tfrac{2}{5}$ means multiplying by its reciprocal $\\tfrac{5}{2}$.' },
        { id: 'swap', text: '$\\tfrac{2}{5} \\div \\tfrac{3}{4}$', feedback: 'Division is not commutative: swapping the numbers changes the answer.' },
      ],
      correct: ['right'],
      hints: ['Dividing by a fraction is the same as multiplying by its reciprocal.', 'The reciprocal of $\\tfrac{2}{5}$ is $\\tfrac{5}{2}$.'],
      solution: '$\\tfrac{3}{4} \\div \\tfrac{2}{5} = \\tfrac{3}{4} \\times \\tfrac{5}{2} = \\tfrac{15}{8}$.',
    }],
  }),
  defineSkill({
    id: 'divide-fractions-word-problems',
    name: 'Word problems: dividing fractions',
    description: 'Solve word problems that divide a fraction by a fraction.',
    es: { name: 'Problemas: dividir fracciones', description: 'Resolver problemas verbales que dividen una fracción entre otra.' },
    prerequisites: ['divide-fractions'],
    alignments: [ccss('6.NS.A.1')],
    explanation: `
"How many servings/portions/laps of size $\\tfrac{c}{d}$ are in $\\tfrac{a}{b}$?" is a division $\\tfrac{a}{b} \\div \\tfrac{c}{d}$. The answer can be a fraction: part of a serving counts too.`,
    workedExample: `
*How many $\\tfrac{2}{3}$-cup servings are in $\\tfrac{3}{4}$ cup of yoghurt?* $\\tfrac{3}{4} \\div \\tfrac{2}{3} = \\tfrac{3}{4} \\times \\tfrac{3}{2} = \\tfrac{9}{8} = 1\\tfrac{1}{8}$ servings: one full serving and an eighth of another.`,
    generators: [['fraction-divide', { operands: 'fraction-by-fraction', denominators: [2, 8], story: true }]],
  }),
];
