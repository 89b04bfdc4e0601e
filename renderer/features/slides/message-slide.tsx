import type { ProjectorView } from '../../../shared/contract/types';
import { HallText } from './hall-phrases';
import { SlideFrame } from './slide-frame';

/**
 * Type size follows the length so a short call ("Mời đại biểu về chỗ ngồi") fills the wall and the
 * longest allowed message (300 characters) still fits without dropping under the back-row floor.
 */
function sizeClass(text: string): string {
  if (text.length <= 40) return 'message-xl';
  if (text.length <= 120) return 'message-l';
  return 'message-m';
}

export function MessageSlide({ view }: { view: ProjectorView }) {
  const text = view.message ?? '';
  return (
    <SlideFrame view={view} kind="message">
      <div className={`message-text ${sizeClass(text)}`} data-testid="message-text">
        <HallText text={text} />
      </div>
    </SlideFrame>
  );
}
