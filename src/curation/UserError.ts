/** Why a change was refused: what to fix (`field`, a path into the input such as `papers[2].published`) and a code to branch on. */
export interface UserError {
  readonly field: string;
  readonly message: string;
  readonly code: UserErrorCode;
}

export type UserErrorCode =
  | 'NOT_FOUND'
  | 'TOO_FEW_AUTHORS'
  | 'INVALID_NAME'
  | 'SAME_PAPER'
  | 'NOT_A_SPELLING'
  | 'ALL_SPELLINGS'
  | 'INVALID_PAPER'
  | 'DUPLICATE_PAPER'
  | 'TOO_MANY_PAPERS'
  | 'HOMONYM_SPLIT'
  | 'CONFLICT';
