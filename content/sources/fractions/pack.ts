/** The built-in "Fractions, grades 3 to 6" pack: metadata, credentials and the stack. */
import type { Pack } from '../../../src/content/schema.ts';
import { ccss, withSpanish } from '../pack-builder.ts';
import { GRADE_3 } from './grade3.ts';
import { GRADE_3_ES } from './grade3.es.ts';
import { GRADE_4 } from './grade4.ts';
import { GRADE_4_ES } from './grade4.es.ts';
import { GRADE_4_APPLICATIONS } from './grade4-applications.ts';
import { GRADE_4_APPLICATIONS_ES } from './grade4-applications.es.ts';
import { GRADE_5_6 } from './grade5-6.ts';
import { GRADE_5_6_ES } from './grade5-6.es.ts';

const sources = [
  ...withSpanish(GRADE_3, GRADE_3_ES),
  ...withSpanish(GRADE_4, GRADE_4_ES),
  ...withSpanish(GRADE_4_APPLICATIONS, GRADE_4_APPLICATIONS_ES),
  ...withSpanish(GRADE_5_6, GRADE_5_6_ES),
];

export function fractionsPack(): Pack {
  return {
    format: 'wayfind-pack/1',
    id: 'fractions-3-6',
    version: '1.0.0',
    title: 'Fractions, grades 3 to 6',
    description: 'From unit fractions and the number line to dividing fractions by fractions: the fraction progression of the Common Core (3.NF, 4.NF, 5.NF and 6.NS.A.1), with a lesson for every skill, endless practice with hints and worked solutions, and feedback on common misconceptions.',
    language: 'en',
    licence: 'CC BY 4.0',
    authors: [{ name: 'The Wayfind authors' }],
    l10n: {
      es: {
        title: 'Fracciones, de 3.º a 6.º grado',
        description: 'De las fracciones unitarias y la recta numérica a la división de fracciones: la progresión de fracciones del Common Core (3.NF, 4.NF, 5.NF y 6.NS.A.1), con una lección por habilidad, práctica ilimitada con pistas y soluciones, y comentarios sobre errores frecuentes.',
      },
    },
    skills: sources.map((s) => s.skill),
    items: sources.flatMap((s) => s.items),
    generators: sources.flatMap((s) => s.generators),
    credentials: [
      {
        id: 'fraction-foundations',
        name: 'Fraction Foundations',
        description: 'Understands fractions as numbers: unit fractions, fractions of a whole, the number line, simple equivalence and comparison (grade 3).',
        criteria: 'Show each of these skills at the level Mastered in Wayfind (correct answers on different items, in at least two practice sessions, the latest without hints) on every grade 3 fraction skill: unit fractions, fractions of a whole, fractions on the number line (to 1 and beyond), equivalent fractions with models, whole numbers as fractions, and comparing fractions with the same numerator or denominator.',
        requires: { skills: GRADE_3.map((s) => s.skill.id), level: 'mastered' },
        alignments: [ccss('3.NF.A.1'), ccss('3.NF.A.2'), ccss('3.NF.A.3')],
        l10n: { es: {
          name: 'Fundamentos de fracciones',
          description: 'Entiende las fracciones como números: fracciones unitarias, partes de un entero, la recta numérica, equivalencia y comparación sencillas (3.er grado).',
          criteria: 'Alcanzar un dominio estimado de al menos 0,8 en todas las habilidades de fracciones de 3.er grado: fracciones unitarias, partes de un entero, fracciones en la recta numérica (hasta 1 y más allá), fracciones equivalentes con modelos, números enteros como fracciones y comparación de fracciones con el mismo numerador o denominador.',
        } },
      },
      {
        id: 'fraction-equivalence-comparison',
        name: 'Equivalence and Comparison',
        description: 'Finds equivalent fractions, simplifies, compares any two fractions, and connects tenths and hundredths with decimals (grade 4).',
        criteria: 'Show each of these skills at the level Mastered in Wayfind (correct answers on different items, in at least two practice sessions, the latest without hints) on equivalent fractions by multiplying, simplest form, comparing with one half and with unlike denominators, tenths as hundredths, decimals as fractions, and comparing decimals.',
        requires: { skills: ['equivalent-fractions-multiply', 'simplify-fractions', 'compare-benchmark-half', 'compare-unlike', 'tenths-as-hundredths', 'decimals-as-fractions', 'compare-decimals'], level: 'mastered' },
        alignments: [ccss('4.NF.A.1'), ccss('4.NF.A.2'), ccss('4.NF.C.5'), ccss('4.NF.C.6'), ccss('4.NF.C.7')],
        l10n: { es: {
          name: 'Equivalencia y comparación',
          description: 'Halla fracciones equivalentes, simplifica, compara dos fracciones cualesquiera y relaciona décimos y centésimos con los decimales (4.º grado).',
          criteria: 'Alcanzar un dominio estimado de al menos 0,8 en fracciones equivalentes multiplicando, fracción irreducible, comparación con un medio y con distinto denominador, décimos como centésimos, decimales como fracciones y comparación de decimales.',
        } },
      },
      {
        id: 'fraction-add-subtract',
        name: 'Adding and Subtracting Fractions',
        description: 'Adds and subtracts fractions and mixed numbers with like and unlike denominators, including word problems (grades 4 and 5).',
        criteria: 'Show each of these skills at the level Mastered in Wayfind (correct answers on different items, in at least two practice sessions, the latest without hints) on decomposing fractions, adding and subtracting with like and unlike denominators, mixed numbers (converting, adding, subtracting with regrouping), tenths and hundredths, and the related word problems.',
        requires: { skills: ['decompose-fractions', 'add-like', 'subtract-like', 'mixed-to-improper', 'improper-to-mixed', 'add-mixed-like', 'subtract-mixed-like', 'like-word-problems', 'add-tenths-hundredths', 'add-unlike', 'subtract-unlike', 'mixed-unlike', 'unlike-word-problems'], level: 'mastered' },
        alignments: [ccss('4.NF.B.3'), ccss('5.NF.A.1'), ccss('5.NF.A.2')],
        l10n: { es: {
          name: 'Sumar y restar fracciones',
          description: 'Suma y resta fracciones y números mixtos con igual y distinto denominador, incluidos problemas verbales (4.º y 5.º grado).',
          criteria: 'Alcanzar un dominio estimado de al menos 0,8 en descomponer fracciones, sumar y restar con igual y distinto denominador, números mixtos (convertir, sumar y restar reagrupando), décimos y centésimos, y los problemas correspondientes.',
        } },
      },
      {
        id: 'fraction-multiply-divide',
        name: 'Multiplying and Dividing Fractions',
        description: 'Multiplies and divides with fractions, interprets fractions as division and multiplication as scaling, and solves word problems (grades 4 to 6).',
        criteria: 'Show each of these skills at the level Mastered in Wayfind (correct answers on different items, in at least two practice sessions, the latest without hints) on whole number times fraction, fractions as division, multiplying fractions, area with fractional sides, scaling, dividing with unit fractions, dividing fractions by fractions, and the related word problems.',
        requires: { skills: ['multiply-whole-by-fraction', 'fraction-as-division', 'multiply-fractions', 'area-fractional-sides', 'scaling', 'multiply-word-problems', 'divide-unit-by-whole', 'divide-whole-by-unit', 'division-word-problems', 'divide-fractions', 'divide-fractions-word-problems'], level: 'mastered' },
        alignments: [ccss('4.NF.B.4'), ccss('5.NF.B.3'), ccss('5.NF.B.4'), ccss('5.NF.B.5'), ccss('5.NF.B.6'), ccss('5.NF.B.7'), ccss('6.NS.A.1')],
        l10n: { es: {
          name: 'Multiplicar y dividir fracciones',
          description: 'Multiplica y divide con fracciones, interpreta las fracciones como división y la multiplicación como cambio de escala, y resuelve problemas (4.º a 6.º grado).',
          criteria: 'Alcanzar un dominio estimado de al menos 0,8 en número entero por fracción, fracciones como división, multiplicar fracciones, área con lados fraccionarios, cambio de escala, dividir con fracciones unitarias, dividir fracciones entre fracciones y los problemas correspondientes.',
        } },
      },
    ],
    stacks: [
      {
        id: 'fractions-3-6-complete',
        name: 'Fractions, Grades 3 to 6',
        description: 'The whole fraction progression from grade 3 to grade 6: all four fraction credentials.',
        criteria: 'Earn Fraction Foundations, Equivalence and Comparison, Adding and Subtracting Fractions, and Multiplying and Dividing Fractions.',
        requires: ['fraction-foundations', 'fraction-equivalence-comparison', 'fraction-add-subtract', 'fraction-multiply-divide'],
        l10n: { es: {
          name: 'Fracciones, de 3.º a 6.º grado',
          description: 'Toda la progresión de fracciones de 3.º a 6.º grado: las cuatro credenciales de fracciones.',
          criteria: 'Obtener Fundamentos de fracciones, Equivalencia y comparación, Sumar y restar fracciones, y Multiplicar y dividir fracciones.',
        } },
      },
    ],
  };
}
