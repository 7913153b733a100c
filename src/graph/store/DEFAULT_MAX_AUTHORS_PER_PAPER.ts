/**
 * The largest byline a snapshot expands into coauthor pairs. A paper of n
 * authors adds n × (n − 1) slots of 24 bytes to the coauthor adjacency:
 * 1,000 authors add 24 MB, a 20,000-author paper would add 9.6 GB. Bylines
 * beyond it are consortia (large physics collaborations sign with thousands)
 * whose members mostly never worked together, so such a paper says little
 * about who writes with whom; papers of up to 1,000 authors, every lab and
 * most multi-lab projects, count in full.
 */
export const DEFAULT_MAX_AUTHORS_PER_PAPER = 1000;
