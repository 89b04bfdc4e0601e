import { type Translate, translate } from '../../i18n/i18n';

/** Slide text is always Vietnamese: the hall reads it, whatever language the operator's screen uses. */
export const tr: Translate = (key, ...params) => translate('vi', key, ...params);
