import { z } from 'zod';

/**
 * The browser host's one request outside the contract map (the desktop app has no addresses): the
 * projector page's address, carrying the projector's own token, for the operator's "open the
 * projector in a new window" button. Operator token only; the projector's is refused like any
 * command it may not call. The page cannot build it itself: it holds only the operator's token.
 */
export const PROJECTOR_ADDRESS_CHANNEL = 'host:projectorAddress';
export const PROJECTOR_ADDRESS_PATH = `/api/${PROJECTOR_ADDRESS_CHANNEL}`;
export const projectorAddressSchema = z.object({ url: z.string().url() });
