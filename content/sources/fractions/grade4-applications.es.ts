/** Grade 4 applications in Spanish: lessons of grade4-applications.ts (decimals with a comma). */
import type { SpanishSkills } from '../pack-builder.ts';

export const GRADE_4_APPLICATIONS_ES: SpanishSkills = {
  'like-word-problems': {
    explanation: `
Lee el problema y decide:
- ¿Hay que **juntar** dos cantidades («en total», «entre los dos», «todo junto»)? Suma.
- ¿Hay que **quitar** o averiguar **cuánto queda** o **cuánto falta**? Resta.

Comprueba que las dos cantidades se refieren al mismo entero (el mismo kilómetro, la misma pizza) y luego suma o resta los numeradores.`,
    workedExample: `
*Una cinta mide $\\tfrac{7}{8}$ m. Lena corta $\\tfrac{2}{8}$ m. ¿Cuánta cinta queda?* Cortar es quitar, así que restamos: $\\tfrac{7}{8} - \\tfrac{2}{8} = \\tfrac{5}{8}$ m.`,
  },
  'multiply-whole-by-fraction': {
    explanation: `
$n \\times \\tfrac{a}{b}$ son $n$ grupos de $\\tfrac{a}{b}$, es decir, $n \\times a$ partes de tamaño $\\tfrac{1}{b}$:
$$n \\times \\tfrac{a}{b} = \\tfrac{n \\times a}{b}.$$
El denominador no cambia: las partes siguen siendo del mismo tamaño; solo hay más.`,
    workedExample: `
$3 \\times \\tfrac{2}{5} = \\tfrac{2}{5} + \\tfrac{2}{5} + \\tfrac{2}{5} = \\tfrac{6}{5} = 1\\tfrac{1}{5}$.`,
  },
  'tenths-as-hundredths': {
    explanation: `
Si cortas cada décimo en 10 trozos iguales, obtienes centésimos: un décimo son diez centésimos.
$$\\tfrac{a}{10} = \\tfrac{10 \\times a}{100}.$$`,
    workedExample: `
$\\tfrac{7}{10} = \\tfrac{70}{100}$: siete décimos son setenta centésimos.`,
  },
  'add-tenths-hundredths': {
    explanation: `
Los décimos y los centésimos son partes de distinto tamaño: primero escribe los décimos como centésimos y luego suma los numeradores.
$$\\tfrac{3}{10} + \\tfrac{4}{100} = \\tfrac{30}{100} + \\tfrac{4}{100} = \\tfrac{34}{100}.$$`,
    workedExample: `
$\\tfrac{6}{10} + \\tfrac{25}{100} = \\tfrac{60}{100} + \\tfrac{25}{100} = \\tfrac{85}{100}$ (que también es $\\tfrac{17}{20}$).`,
  },
  'decimals-as-fractions': {
    explanation: `
Los números decimales son otra forma de escribir fracciones con denominador 10 o 100. La primera cifra después de la coma son los **décimos**; la segunda, los **centésimos**:
$$0{,}62 = \\tfrac{6}{10} + \\tfrac{2}{100} = \\tfrac{62}{100}.$$`,
    workedExample: `
$0{,}05$ tiene 0 décimos y 5 centésimos, así que $0{,}05 = \\tfrac{5}{100}$. Y $0{,}5 = \\tfrac{5}{10} = \\tfrac{50}{100}$: diez veces más.`,
  },
  'compare-decimals': {
    explanation: `
Compara primero los décimos; si son iguales, compara los centésimos. O escribe los dos en centésimos: $0{,}5 = 0{,}50 = \\tfrac{50}{100}$.

Tener más cifras **no** significa ser mayor: $0{,}5 > 0{,}45$, porque 50 centésimos son más que 45 centésimos.`,
    workedExample: `
Compara $0{,}3$ y $0{,}27$: $0{,}3 = 0{,}30$, y 30 centésimos > 27 centésimos, así que $0{,}3 > 0{,}27$.`,
  },
};
