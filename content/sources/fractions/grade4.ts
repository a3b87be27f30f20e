/** Grade 4 (CCSS 4.NF): equivalence, comparison, adding and subtracting like fractions, mixed numbers, whole x fraction, decimals. */
import { ccss, defineSkill } from '../pack-builder.ts';

export const GRADE_4 = [
  defineSkill({
    id: 'equivalent-fractions-multiply',
    name: 'Equivalent fractions by multiplying',
    description: 'Find equivalent fractions by multiplying numerator and denominator by the same number.',
    es: { name: 'Fracciones equivalentes multiplicando', description: 'Hallar fracciones equivalentes multiplicando numerador y denominador por el mismo número.' },
    prerequisites: ['equivalent-fractions-models'],
    alignments: [ccss('4.NF.A.1')],
    explanation: `
$$\\frac{a}{b} = \\frac{n \\times a}{n \\times b} \\quad (n \\ne 0)$$

Multiplying the numerator and the denominator by the same number $n$ cuts each part into $n$ smaller parts: there are $n$ times as many parts, each $n$ times smaller, so the amount stays the same.

Adding the same number to the top and bottom does **not** give an equivalent fraction: $\\tfrac{1}{2}$ and $\\tfrac{2}{3}$ are different sizes.`,
    workedExample: `
Find the missing number: $\\tfrac{3}{5} = \\tfrac{?}{20}$.

$5 \\times 4 = 20$, so multiply the numerator by 4 too: $3 \\times 4 = 12$. So $\\tfrac{3}{5} = \\tfrac{12}{20}$.`,
    generators: [
      ['equivalent-fraction', { denominators: [2, 12], factors: [2, 6] }],
      ['equivalent-fraction', { denominators: [2, 12], factors: [2, 6], missing: 'denominator' }],
    ],
  }),
  defineSkill({
    id: 'simplify-fractions',
    name: 'Simplest form',
    description: 'Write a fraction in simplest form by dividing by a common factor.',
    es: { name: 'Forma simplificada', description: 'Escribir una fracción en su forma más simple dividiendo entre un factor común.' },
    prerequisites: ['equivalent-fractions-multiply'],
    alignments: [ccss('4.NF.A.1')],
    explanation: `
Equivalence works backwards too: dividing the numerator and the denominator by the same number (a **common factor**) gives an equivalent fraction with fewer, bigger parts.

A fraction is in **simplest form** when the numerator and denominator have no common factor other than 1. Dividing by the *greatest* common factor gets there in one step.`,
    workedExample: `
Simplify $\\tfrac{12}{18}$. The factors of 12 are 1, 2, 3, 4, 6, 12; the factors of 18 are 1, 2, 3, 6, 9, 18. The greatest common factor is 6:
$$\\frac{12}{18} = \\frac{12 \\div 6}{18 \\div 6} = \\frac{2}{3}.$$`,
    generators: [['simplify-fraction', { denominators: [2, 9], factors: [2, 6] }]],
    items: [{
      type: 'multiple-choice',
      stem: 'Which of these fractions are already in simplest form? Choose **all** that are.',
      choices: [
        { id: 'a', text: '$\\tfrac{6}{9}$', feedback: '6 and 9 are both divisible by 3: $\\tfrac{6}{9} = \\tfrac{2}{3}$.' },
        { id: 'b', text: '$\\tfrac{5}{12}$' },
        { id: 'c', text: '$\\tfrac{7}{8}$' },
        { id: 'd', text: '$\\tfrac{4}{10}$', feedback: '4 and 10 are both even: $\\tfrac{4}{10} = \\tfrac{2}{5}$.' },
      ],
      correct: ['b', 'c'],
      hints: ['A fraction is in simplest form when no number bigger than 1 divides both its numerator and denominator.', 'Check 2, 3 and 5 as common factors.'],
      solution: '$\\tfrac{5}{12}$ and $\\tfrac{7}{8}$ have no common factor bigger than 1. $\\tfrac{6}{9}$ simplifies to $\\tfrac{2}{3}$ and $\\tfrac{4}{10}$ to $\\tfrac{2}{5}$.',
    }],
  }),
  defineSkill({
    id: 'compare-benchmark-half',
    name: 'Compare with one half',
    description: 'Compare fractions with the benchmark $\\tfrac{1}{2}$.',
    es: { name: 'Comparar con un medio', description: 'Comparar fracciones con la referencia $\\tfrac{1}{2}$.' },
    prerequisites: ['compare-same-numerator', 'equivalent-fractions-models'],
    alignments: [ccss('4.NF.A.2')],
    explanation: `
A fraction is exactly one half when its numerator is half of its denominator: $\\tfrac{3}{6}$, $\\tfrac{5}{10}$.

- If the numerator is **more** than half the denominator, the fraction is more than $\\tfrac{1}{2}$ (e.g. $\\tfrac{4}{7}$: half of 7 is 3.5, and 4 > 3.5).
- If it is **less**, the fraction is less than $\\tfrac{1}{2}$.

A benchmark lets you compare fractions quickly: $\\tfrac{3}{8} < \\tfrac{1}{2} < \\tfrac{4}{7}$.`,
    workedExample: `
Compare $\\tfrac{5}{12}$ with $\\tfrac{4}{8}$. First, $\\tfrac{4}{8} = \\tfrac{1}{2}$. Half of 12 is 6, and 5 < 6, so $\\tfrac{5}{12}$ is less than a half. So $\\tfrac{5}{12} < \\tfrac{4}{8}$.`,
    generators: [['compare-fractions', { mode: 'benchmark-half', denominators: [3, 12] }]],
  }),
  defineSkill({
    id: 'compare-unlike',
    name: 'Compare fractions with different denominators',
    description: 'Compare any two fractions using a common denominator.',
    es: { name: 'Comparar fracciones con distinto denominador', description: 'Comparar dos fracciones cualesquiera usando un denominador común.' },
    prerequisites: ['equivalent-fractions-multiply', 'compare-benchmark-half'],
    alignments: [ccss('4.NF.A.2')],
    explanation: `
When both the numerators and the denominators differ, make the parts the same size first: rewrite both fractions with a **common denominator** (a multiple of both denominators), then compare numerators.

Comparing the numerators alone does not work: $\\tfrac{3}{10} < \\tfrac{2}{3}$ even though 3 > 2.`,
    workedExample: `
Compare $\\tfrac{3}{4}$ and $\\tfrac{5}{6}$. A common denominator is 12: $\\tfrac{3}{4} = \\tfrac{9}{12}$ and $\\tfrac{5}{6} = \\tfrac{10}{12}$. Since 9 < 10, $\\tfrac{3}{4} < \\tfrac{5}{6}$.`,
    generators: [['compare-fractions', { mode: 'unlike', denominators: [2, 12] }]],
    items: [{
      type: 'ordering',
      stem: 'Put these fractions in order from **least** to **greatest**. Use the move buttons or the arrow keys.',
      entries: [
        { id: 'two-thirds', text: '$\\tfrac{2}{3}$' },
        { id: 'one-quarter', text: '$\\tfrac{1}{4}$' },
        { id: 'five-eighths', text: '$\\tfrac{5}{8}$' },
        { id: 'one-half', text: '$\\tfrac{1}{2}$' },
      ],
      correctOrder: ['one-quarter', 'one-half', 'five-eighths', 'two-thirds'],
      hints: ['Rewrite all four with the common denominator 24.', '$\\tfrac{2}{3} = \\tfrac{16}{24}$, $\\tfrac{1}{4} = \\tfrac{6}{24}$, $\\tfrac{5}{8} = \\tfrac{15}{24}$, $\\tfrac{1}{2} = \\tfrac{12}{24}$.'],
      solution: 'In twenty-fourths: $\\tfrac{1}{4} = \\tfrac{6}{24}$, $\\tfrac{1}{2} = \\tfrac{12}{24}$, $\\tfrac{5}{8} = \\tfrac{15}{24}$, $\\tfrac{2}{3} = \\tfrac{16}{24}$. So the order is $\\tfrac{1}{4}, \\tfrac{1}{2}, \\tfrac{5}{8}, \\tfrac{2}{3}$.',
      misconceptions: [{ answer: 'one-half,two-thirds,one-quarter,five-eighths', feedback: 'That orders the fractions by their denominators. Compare the sizes: rewrite them with a common denominator.' }],
    }],
  }),
  defineSkill({
    id: 'decompose-fractions',
    name: 'Decompose fractions',
    description: 'Write a fraction as a sum of fractions with the same denominator.',
    es: { name: 'Descomponer fracciones', description: 'Escribir una fracción como suma de fracciones con el mismo denominador.' },
    prerequisites: ['fractions-of-a-whole'],
    alignments: [ccss('4.NF.B.3b')],
    explanation: `
Because $\\tfrac{a}{b}$ is $a$ parts of size $\\tfrac{1}{b}$, it can be split into groups of those parts in many ways:
$$\\tfrac{5}{8} = \\tfrac{1}{8} + \\tfrac{1}{8} + \\tfrac{1}{8} + \\tfrac{1}{8} + \\tfrac{1}{8} = \\tfrac{2}{8} + \\tfrac{3}{8} = \\tfrac{1}{8} + \\tfrac{4}{8}.$$
The numerators add up to the original numerator; the denominator stays the same.`,
    workedExample: `
Complete $\\tfrac{7}{10} = \\tfrac{3}{10} + \\square$. Seven tenths is 3 tenths and $7 - 3 = 4$ more tenths, so the missing part is $\\tfrac{4}{10}$.`,
    generators: [['fraction-decompose', { denominators: [3, 12] }]],
  }),
  defineSkill({
    id: 'add-like',
    name: 'Add fractions with like denominators',
    description: 'Add fractions that have the same denominator.',
    es: { name: 'Sumar fracciones con igual denominador', description: 'Sumar fracciones que tienen el mismo denominador.' },
    prerequisites: ['decompose-fractions'],
    alignments: [ccss('4.NF.B.3a')],
    explanation: `
When the denominators are the same, the parts are the same size, so add the **numbers of parts** and keep the size:
$$\\tfrac{a}{b} + \\tfrac{c}{b} = \\tfrac{a + c}{b}.$$

Do **not** add the denominators: $\\tfrac{1}{4} + \\tfrac{1}{4}$ is two quarters, $\\tfrac{2}{4}$, not $\\tfrac{2}{8}$ (which is only one quarter).`,
    workedExample: `
$\\tfrac{2}{7} + \\tfrac{3}{7}$: 2 sevenths and 3 sevenths make 5 sevenths, so the sum is $\\tfrac{5}{7}$.`,
    generators: [['fraction-add-sub', { op: 'add', operands: 'like', denominators: [3, 12], withinOne: true }]],
  }),
  defineSkill({
    id: 'subtract-like',
    name: 'Subtract fractions with like denominators',
    description: 'Subtract fractions that have the same denominator.',
    es: { name: 'Restar fracciones con igual denominador', description: 'Restar fracciones que tienen el mismo denominador.' },
    prerequisites: ['add-like'],
    alignments: [ccss('4.NF.B.3a')],
    explanation: `
Subtracting works the same way: the parts are the same size, so subtract the numerators and keep the denominator:
$$\\tfrac{a}{b} - \\tfrac{c}{b} = \\tfrac{a - c}{b}.$$
Simplify the answer if you can.`,
    workedExample: `
$\\tfrac{7}{8} - \\tfrac{3}{8} = \\tfrac{4}{8}$, which simplifies to $\\tfrac{1}{2}$.`,
    generators: [['fraction-add-sub', { op: 'subtract', operands: 'like', denominators: [3, 12] }]],
  }),
  defineSkill({
    id: 'mixed-to-improper',
    name: 'Mixed numbers to improper fractions',
    description: 'Rewrite a mixed number such as $2\\tfrac{3}{4}$ as an improper fraction.',
    es: { name: 'De número mixto a fracción impropia', description: 'Reescribir un número mixto como $2\\tfrac{3}{4}$ como fracción impropia.' },
    prerequisites: ['whole-numbers-as-fractions', 'add-like'],
    alignments: [ccss('4.NF.B.3b'), ccss('4.NF.B.3c')],
    explanation: `
A **mixed number** like $2\\tfrac{3}{4}$ means $2 + \\tfrac{3}{4}$. An **improper fraction** has a numerator at least as big as its denominator, like $\\tfrac{11}{4}$.

To convert: each whole is $\\tfrac{4}{4}$, so 2 wholes are $\\tfrac{8}{4}$; add the $\\tfrac{3}{4}$:
$$2\\tfrac{3}{4} = \\tfrac{2 \\times 4 + 3}{4} = \\tfrac{11}{4}.$$`,
    workedExample: `
$3\\tfrac{2}{5}$: $3 \\times 5 = 15$ fifths in the wholes, plus 2 fifths, gives $\\tfrac{17}{5}$.`,
    generators: [['mixed-number-convert', { direction: 'to-improper', wholes: [1, 6], denominators: [2, 10] }]],
  }),
  defineSkill({
    id: 'improper-to-mixed',
    name: 'Improper fractions to mixed numbers',
    description: 'Rewrite an improper fraction as a mixed number.',
    es: { name: 'De fracción impropia a número mixto', description: 'Reescribir una fracción impropia como número mixto.' },
    prerequisites: ['mixed-to-improper'],
    alignments: [ccss('4.NF.B.3b')],
    explanation: `
Divide the numerator by the denominator. The **quotient** is the number of wholes and the **remainder** is the number of parts left over:
$$\\tfrac{17}{5}: \\quad 17 \\div 5 = 3 \\text{ remainder } 2, \\quad\\text{so } \\tfrac{17}{5} = 3\\tfrac{2}{5}.$$`,
    workedExample: `
$\\tfrac{23}{6}$: $23 \\div 6 = 3$ remainder 5 (because $3 \\times 6 = 18$ and $23 - 18 = 5$). So $\\tfrac{23}{6} = 3\\tfrac{5}{6}$.`,
    generators: [['mixed-number-convert', { direction: 'to-mixed', wholes: [1, 6], denominators: [2, 10] }]],
  }),
  defineSkill({
    id: 'add-mixed-like',
    name: 'Add mixed numbers with like denominators',
    description: 'Add mixed numbers whose fractions have the same denominator.',
    es: { name: 'Sumar números mixtos con igual denominador', description: 'Sumar números mixtos cuyas fracciones tienen el mismo denominador.' },
    prerequisites: ['improper-to-mixed'],
    alignments: [ccss('4.NF.B.3c')],
    explanation: `
Two good methods:
1. Add the wholes, add the fractions, and if the fraction part is $\\tfrac{b}{b}$ or more, trade it for a whole.
2. Convert both to improper fractions, add, and convert back.`,
    workedExample: `
$2\\tfrac{3}{5} + 1\\tfrac{4}{5}$: wholes $2 + 1 = 3$; fractions $\\tfrac{3}{5} + \\tfrac{4}{5} = \\tfrac{7}{5} = 1\\tfrac{2}{5}$. Total: $3 + 1\\tfrac{2}{5} = 4\\tfrac{2}{5}$.`,
    generators: [['fraction-add-sub', { op: 'add', operands: 'mixed-like', denominators: [3, 10], wholes: [1, 5] }]],
  }),
  defineSkill({
    id: 'subtract-mixed-like',
    name: 'Subtract mixed numbers with like denominators',
    description: 'Subtract mixed numbers, regrouping a whole when needed.',
    es: { name: 'Restar números mixtos con igual denominador', description: 'Restar números mixtos, reagrupando un entero cuando haga falta.' },
    prerequisites: ['add-mixed-like', 'subtract-like'],
    alignments: [ccss('4.NF.B.3c')],
    explanation: `
Subtract the wholes and the fractions. If the first fraction is smaller than the one you take away, **regroup**: trade one whole for $\\tfrac{b}{b}$.
$$4\\tfrac{1}{5} = 3 + \\tfrac{5}{5} + \\tfrac{1}{5} = 3\\tfrac{6}{5}.$$
Converting both to improper fractions also works and needs no regrouping.`,
    workedExample: `
$4\\tfrac{1}{5} - 1\\tfrac{3}{5}$: you cannot take $\\tfrac{3}{5}$ from $\\tfrac{1}{5}$, so regroup: $4\\tfrac{1}{5} = 3\\tfrac{6}{5}$. Then $3\\tfrac{6}{5} - 1\\tfrac{3}{5} = 2\\tfrac{3}{5}$.`,
    generators: [['fraction-add-sub', { op: 'subtract', operands: 'mixed-like', denominators: [3, 10], wholes: [1, 5] }]],
  }),
];
