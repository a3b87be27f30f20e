/**
 * The sentences the app itself writes into a credential's evidence, in each language a credential
 * can be issued in. They are data inside a signed document (read by anyone who opens the file,
 * long after the app's UI language is forgotten), so they are fixed at issue time from this table,
 * not through the UI's message catalog. English is the fallback.
 */
export interface EvidencePhrases {
  skillMastered: (day: string) => string;
  practiceName: string;
  practiceDescription: (items: number, percent: number) => string;
  practiceNarrative: (items: number, percent: number) => string;
  credentialHeld: (day: string) => string;
  projectDates: (dates: string) => string;
  projectSkills: (names: string) => string;
  projectFiles: (names: string) => string;
}

const PHRASES: Record<string, EvidencePhrases> = {
  en: {
    skillMastered: (day) => `Skill mastered on ${day}.`,
    practiceName: 'Practice record',
    practiceDescription: (items, percent) => `${items} items practised, ${percent}% answered correctly.`,
    practiceNarrative: (items, percent) => `Items practised: ${items}\nAccuracy: ${percent}%`,
    credentialHeld: (day) => `Credential held since ${day}.`,
    projectDates: (dates) => `Dates: ${dates}`,
    projectSkills: (names) => `Skills: ${names}`,
    projectFiles: (names) => `Files: ${names}`,
  },
  es: {
    skillMastered: (day) => `Habilidad dominada el ${day}.`,
    practiceName: 'Registro de práctica',
    practiceDescription: (items, percent) => `${items} ejercicios practicados, ${percent} % respondidos correctamente.`,
    practiceNarrative: (items, percent) => `Ejercicios practicados: ${items}\nAciertos: ${percent} %`,
    credentialHeld: (day) => `Credencial obtenida el ${day}.`,
    projectDates: (dates) => `Fechas: ${dates}`,
    projectSkills: (names) => `Habilidades: ${names}`,
    projectFiles: (names) => `Archivos: ${names}`,
  },
};

/** The phrases for a BCP 47 language ("es", "es-MX"), English when there are none. */
export function evidencePhrases(language = 'en'): EvidencePhrases {
  return PHRASES[language.toLowerCase().split('-')[0]!] ?? PHRASES.en!;
}
