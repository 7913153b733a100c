/**
 * Given names and their common short forms, as groups of names that can
 * denote one person. Compiled from the common English (and a few German and
 * Italian) hypocorisms listed in public nickname tables such as
 * carltonnorthern/nickname-and-diminutive-names-lookup (Apache-2.0), and
 * Wikipedia's "Hypocorism" and "List of Spanish given names" for the Spanish
 * ones (Edu, Paco, Pepe), kept short on purpose: a pair here is only a
 * candidate, which still needs evidence from the graph before two spellings
 * merge.
 */
const NICKNAME_GROUPS: readonly (readonly string[])[] = [
  ['abraham', 'abe'],
  ['albert', 'al', 'bert'],
  ['alexander', 'alex', 'sasha', 'sandy'],
  ['alexandra', 'alex', 'sasha', 'sandra', 'sandy'],
  ['andrew', 'andy', 'drew'],
  ['anthony', 'tony'],
  ['benjamin', 'ben', 'benny'],
  ['catherine', 'cathy', 'kate', 'katie'],
  ['katherine', 'kathy', 'kate', 'katie'],
  ['charles', 'charlie', 'chuck'],
  ['christopher', 'chris'],
  ['christine', 'chris', 'tina'],
  ['christian', 'chris'],
  ['daniel', 'dan', 'danny'],
  ['david', 'dave'],
  ['deborah', 'debbie', 'deb', 'debby'],
  ['donald', 'don'],
  ['douglas', 'doug'],
  ['edward', 'ed', 'eddie', 'ted'],
  ['eduardo', 'edu'],
  ['elizabeth', 'liz', 'beth', 'betty', 'lisa'],
  ['frederick', 'fred'],
  ['francisco', 'paco', 'pancho'],
  ['friedrich', 'fritz'],
  ['gabriele', 'gabi'],
  ['gabriel', 'gabe', 'gabi'],
  ['gabriela', 'gabi'],
  ['gerald', 'gerry', 'jerry'],
  ['gregory', 'greg'],
  ['henry', 'hank', 'harry'],
  ['jacob', 'jake'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['jeffrey', 'jeff'],
  ['jennifer', 'jen', 'jenny'],
  ['johannes', 'hans', 'jo'],
  ['john', 'jack', 'johnny'],
  ['jonathan', 'jon'],
  ['joseph', 'joe', 'joey'],
  ['josef', 'sepp'],
  ['jose', 'pepe'],
  ['joshua', 'josh'],
  ['kenneth', 'ken'],
  ['lawrence', 'larry'],
  ['margaret', 'meg', 'maggie', 'peggy'],
  ['matthew', 'matt'],
  ['maximilian', 'max'],
  ['michael', 'mike', 'mick'],
  ['nathaniel', 'nate', 'nat'],
  ['nathan', 'nate'],
  ['nicholas', 'nick', 'nico'],
  ['nicolas', 'nick', 'nico'],
  ['patrick', 'pat'],
  ['patricia', 'pat', 'patty', 'tricia'],
  ['peter', 'pete'],
  ['philip', 'phil'],
  ['phillip', 'phil'],
  ['raymond', 'ray'],
  ['richard', 'rick', 'rich', 'dick'],
  ['robert', 'rob', 'bob', 'bobby', 'robbie'],
  ['ronald', 'ron'],
  ['samuel', 'sam'],
  ['samantha', 'sam'],
  ['sebastian', 'basti', 'seb'],
  ['stanislav', 'stan'],
  ['stanley', 'stan'],
  ['stephen', 'steve'],
  ['steven', 'steve'],
  ['susan', 'sue', 'susie'],
  ['theodore', 'ted', 'theo'],
  ['thomas', 'tom', 'tommy'],
  ['timothy', 'tim'],
  ['tobias', 'tobi'],
  ['victoria', 'vicky'],
  ['vincent', 'vince'],
  ['walter', 'walt'],
  ['william', 'will', 'bill', 'billy'],
  ['zachary', 'zach', 'zac', 'zack'],
];

const GROUPS_OF = new Map<string, Set<number>>();
NICKNAME_GROUPS.forEach((group, index) => {
  for (const name of group) GROUPS_OF.set(name, (GROUPS_OF.get(name) ?? new Set()).add(index));
});
// As lists, made once: every spelling asks for its first name's.
const GROUP_LISTS = new Map(Array.from(GROUPS_OF, ([name, groups]) => [name, [...groups]]));

/**
 * The numbers of the nickname groups a folded given name belongs to, so that
 * names of one group (Bill and William) can be found together although their
 * first letters differ; empty for a name in no group.
 *
 * @example nicknameGroupsOf('bill').length > 0 && nicknameGroupsOf('bill')[0] === nicknameGroupsOf('william')[0] // true
 */
export function nicknameGroupsOf(name: string): readonly number[] {
  return GROUP_LISTS.get(name) ?? [];
}

/**
 * Whether two different folded given names can be the same person's.
 *
 * @example areNicknames('tim', 'timothy') // true
 * @example areNicknames('dario', 'daniela') // false
 */
export function areNicknames(a: string, b: string): boolean {
  const groups = GROUPS_OF.get(a);
  if (groups === undefined || a === b) return false;
  for (const index of GROUPS_OF.get(b) ?? []) if (groups.has(index)) return true;
  return false;
}
