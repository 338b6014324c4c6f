// How a people's adjective is made from a place's name ("Korvian" of "Korvia", "Dovari" of "Dovar"): read by the
// stance stage (judge-stance.ts nationNames, peoplesAdjectives) and the targets' names (target-names.ts).

/** Endings that make a people's adjective from a place name, each with the endings of the name it comes from. */
export const DEMONYM_ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ian', ['', 'ia', 'y', 'e', 'a']], ['an', ['a', '']], ['ese', ['', 'a']], ['i', ['']], ['ish', ['', 'land']], ['ic', ['', 'y']],
];
