/** A delegate with every optional field empty: tests spread it and set only what they are about. */
export { EMPTY_DELEGATE_FIELDS as BLANK_DELEGATE } from '../../shared/domain/delegate';
