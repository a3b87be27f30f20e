/**
 * Word-problem settings for fraction operations. Each story is a sentence template; the
 * generator fills in the quantities as TeX. Settings are everyday and culturally neutral.
 */
export interface Story {
  /** {x} and {y} are replaced by the two quantities. */
  text: string;
  unit: string;
}

export const ADD_STORIES: Story[] = [
  { text: 'Ana walked {x} mile to the park and then {y} mile to the library. How far did she walk in all?', unit: 'miles' },
  { text: 'A recipe uses {x} cup of milk and {y} cup of water. How much liquid is that altogether?', unit: 'cups' },
  { text: 'Kofi read for {x} hour before lunch and {y} hour after lunch. How long did he read in total?', unit: 'hours' },
  { text: 'A jug holds {x} litre of juice. Sam pours in {y} litre more. How much juice is in the jug now?', unit: 'litres' },
];

export const SUBTRACT_STORIES: Story[] = [
  { text: 'A ribbon is {x} metre long. Lena cuts off {y} metre. How much ribbon is left?', unit: 'metres' },
  { text: 'There was {x} of a pizza left. Omar ate {y} of a pizza. How much pizza is left now?', unit: 'pizzas' },
  { text: 'A path is {x} mile long. Mia has already run {y} mile of it. How much further does she have to run?', unit: 'miles' },
  { text: 'A bag held {x} kilogram of rice. The family used {y} kilogram. How much rice is left?', unit: 'kilograms' },
];

export const fill = (story: Story, x: string, y: string) => story.text.replace('{x}', x).replace('{y}', y);
