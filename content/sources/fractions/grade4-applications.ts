/** Grade 4 (CCSS 4.NF.B.3d, 4.NF.B.4, 4.NF.C): word problems, whole x fraction, tenths and hundredths. */
import { ccss, defineSkill } from '../pack-builder.ts';

export const GRADE_4_APPLICATIONS = [
  defineSkill({
    id: 'like-word-problems',
    name: 'Word problems: like denominators',
    description: 'Solve word problems that add or subtract fractions with the same denominator.',
    es: { name: 'Problemas: igual denominador', description: 'Resolver problemas verbales que suman o restan fracciones con el mismo denominador.' },
    prerequisites: ['subtract-like'],
    alignments: [ccss('4.NF.B.3d')],
    explanation: `
Read the story and decide:
- **Combine** two amounts ("in all", "altogether", "in total")? Add.
- **Take away** or **find how much more/left**? Subtract.

Check that both amounts refer to the same whole (the same mile, the same pizza), then add or subtract the numerators.`,
    workedExample: `
*A ribbon is $\\tfrac{7}{8}$ m long. Lena cuts off $\\tfrac{2}{8}$ m. How much is left?* Cutting off takes away, so subtract: $\\tfrac{7}{8} - \\tfrac{2}{8} = \\tfrac{5}{8}$ m.`,
    generators: [
      ['fraction-add-sub', { op: 'add', operands: 'like', denominators: [3, 12], withinOne: true, story: true }],
      ['fraction-add-sub', { op: 'subtract', operands: 'like', denominators: [3, 12], story: true }],
    ],
  }),
  defineSkill({
    id: 'multiply-whole-by-fraction',
    name: 'Multiply a whole number by a fraction',
    description: 'Multiply a fraction by a whole number, as repeated addition.',
    es: { name: 'Multiplicar un entero por una fracción', description: 'Multiplicar una fracción por un número entero, como suma repetida.' },
    prerequisites: ['add-like', 'whole-numbers-as-fractions'],
    alignments: [ccss('4.NF.B.4a'), ccss('4.NF.B.4b'), ccss('4.NF.B.4c')],
    explanation: `
$n \\times \\tfrac{a}{b}$ means $n$ groups of $\\tfrac{a}{b}$, which is $n \\times a$ parts of size $\\tfrac{1}{b}$:
$$n \\times \\tfrac{a}{b} = \\tfrac{n \\times a}{b}.$$
The denominator does not change: the parts stay the same size; there are just more of them.`,
    workedExample: `
$3 \\times \\tfrac{2}{5} = \\tfrac{2}{5} + \\tfrac{2}{5} + \\tfrac{2}{5} = \\tfrac{6}{5} = 1\\tfrac{1}{5}$.`,
    generators: [
      ['fraction-multiply', { operands: 'whole-times-fraction', denominators: [2, 10], wholes: [2, 9] }],
      ['fraction-multiply', { operands: 'whole-times-fraction', denominators: [2, 8], wholes: [2, 6], story: true }],
    ],
  }),
  defineSkill({
    id: 'tenths-as-hundredths',
    name: 'Tenths as hundredths',
    description: 'Rewrite a fraction with denominator 10 as an equivalent fraction with denominator 100.',
    es: { name: 'Décimos como centésimos', description: 'Reescribir una fracción con denominador 10 como una equivalente con denominador 100.' },
    prerequisites: ['equivalent-fractions-multiply'],
    alignments: [ccss('4.NF.C.5')],
    explanation: `
Cutting each tenth into 10 equal pieces makes hundredths, so one tenth is ten hundredths:
$$\\tfrac{a}{10} = \\tfrac{10 \\times a}{100}.$$`,
    workedExample: `
$\\tfrac{7}{10} = \\tfrac{70}{100}$: seven tenths is seventy hundredths.`,
    generators: [['tenths-hundredths', { mode: 'tenths-as-hundredths', tenths: [1, 19] }], ['tenths-hundredths', { mode: 'hundredths-as-tenths', tenths: [1, 19] }]],
  }),
  defineSkill({
    id: 'add-tenths-hundredths',
    name: 'Add tenths and hundredths',
    description: 'Add a fraction in tenths to a fraction in hundredths.',
    es: { name: 'Sumar décimos y centésimos', description: 'Sumar una fracción en décimos y otra en centésimos.' },
    prerequisites: ['tenths-as-hundredths', 'add-like'],
    alignments: [ccss('4.NF.C.5')],
    explanation: `
Tenths and hundredths are different-sized parts, so first rewrite the tenths as hundredths, then add the numerators:
$$\\tfrac{3}{10} + \\tfrac{4}{100} = \\tfrac{30}{100} + \\tfrac{4}{100} = \\tfrac{34}{100}.$$`,
    workedExample: `
$\\tfrac{6}{10} + \\tfrac{25}{100} = \\tfrac{60}{100} + \\tfrac{25}{100} = \\tfrac{85}{100}$ (which is also $\\tfrac{17}{20}$).`,
    generators: [['tenths-hundredths', { mode: 'add' }]],
  }),
  defineSkill({
    id: 'decimals-as-fractions',
    name: 'Decimals as fractions',
    description: 'Write decimals in tenths and hundredths as fractions.',
    es: { name: 'Decimales como fracciones', description: 'Escribir decimales en décimos y centésimos como fracciones.' },
    prerequisites: ['tenths-as-hundredths'],
    alignments: [ccss('4.NF.C.6')],
    explanation: `
Decimal notation is another way to write fractions with denominator 10 or 100. The first digit after the point is **tenths**, the second **hundredths**:
$$0.62 = \\tfrac{6}{10} + \\tfrac{2}{100} = \\tfrac{62}{100}.$$`,
    workedExample: `
$0.05$ has 0 tenths and 5 hundredths, so $0.05 = \\tfrac{5}{100}$. And $0.5 = \\tfrac{5}{10} = \\tfrac{50}{100}$: ten times as much.`,
    generators: [['tenths-hundredths', { mode: 'decimal-to-fraction' }]],
  }),
  defineSkill({
    id: 'compare-decimals',
    name: 'Compare decimals to hundredths',
    description: 'Compare two decimals to hundredths using <, > and =.',
    es: { name: 'Comparar decimales hasta centésimos', description: 'Comparar dos decimales hasta los centésimos con <, > e =.' },
    prerequisites: ['decimals-as-fractions'],
    alignments: [ccss('4.NF.C.7')],
    explanation: `
Compare the tenths first; if they are equal, compare the hundredths. Or write both in hundredths: $0.5 = 0.50 = \\tfrac{50}{100}$.

More digits does **not** mean larger: $0.5 > 0.45$, because 50 hundredths is more than 45 hundredths.`,
    workedExample: `
Compare $0.3$ and $0.27$: $0.3 = 0.30$, and 30 hundredths > 27 hundredths, so $0.3 > 0.27$.`,
    generators: [['compare-decimals', {}]],
  }),
];
