/**
 * Word-problem settings for fraction operations. Each story is a sentence template in English and
 * in Spanish (written for a Spanish-speaking class, so in metric units, not translated word for
 * word); the generator fills in the quantities as TeX. Settings are everyday and culturally neutral.
 */
export interface Story {
  /** {x} and {y} are replaced by the two quantities. */
  text: string;
  es: string;
  unit: string;
}

export const ADD_STORIES: Story[] = [
  { text: 'Ana walked {x} mile to the park and then {y} mile to the library. How far did she walk in all?', es: 'Ana caminó {x} km hasta el parque y luego {y} km hasta la biblioteca. ¿Cuántos kilómetros caminó en total?', unit: 'miles' },
  { text: 'A recipe uses {x} cup of milk and {y} cup of water. How much liquid is that altogether?', es: 'Una receta lleva {x} de taza de leche y {y} de taza de agua. ¿Cuánto líquido es en total?', unit: 'cups' },
  { text: 'Kofi read for {x} hour before lunch and {y} hour after lunch. How long did he read in total?', es: 'Kofi leyó {x} de hora antes de comer y {y} de hora después. ¿Cuánto tiempo leyó en total?', unit: 'hours' },
  { text: 'A jug holds {x} litre of juice. Sam pours in {y} litre more. How much juice is in the jug now?', es: 'En una jarra hay {x} de litro de jugo. Sam añade {y} de litro más. ¿Cuánto jugo hay ahora en la jarra?', unit: 'litres' },
];

export const SUBTRACT_STORIES: Story[] = [
  { text: 'A ribbon is {x} metre long. Lena cuts off {y} metre. How much ribbon is left?', es: 'Una cinta mide {x} m. Lena corta {y} m. ¿Cuánta cinta queda?', unit: 'metres' },
  { text: 'There was {x} of a pizza left. Omar ate {y} of a pizza. How much pizza is left now?', es: 'Quedaban {x} de una pizza. Omar se comió {y} de pizza. ¿Cuánta pizza queda ahora?', unit: 'pizzas' },
  { text: 'A path is {x} mile long. Mia has already run {y} mile of it. How much further does she have to run?', es: 'Un camino mide {x} km. Mía ya ha corrido {y} km. ¿Cuánto le falta por correr?', unit: 'miles' },
  { text: 'A bag held {x} kilogram of rice. The family used {y} kilogram. How much rice is left?', es: 'Una bolsa tenía {x} kg de arroz. La familia usó {y} kg. ¿Cuánto arroz queda?', unit: 'kilograms' },
];

export const fill = (text: string, x: string, y: string) => text.replace('{x}', x).replace('{y}', y);
