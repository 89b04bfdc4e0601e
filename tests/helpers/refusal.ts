import { AppError } from '../../shared/contract/result';

/** The AppError a call is refused with; the test fails if the call succeeds or fails otherwise. */
export async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the call to be refused');
}
