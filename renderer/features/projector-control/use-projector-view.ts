import { useEffect } from 'react';
import { client } from '../../app/client-instance';
import type { ProjectorView } from '../../../shared/contract/types';
import { useProjector } from './projector-store';

/** Loads the projected view and follows it; used by the projector window and the preview. */
export function useProjectorView(): ProjectorView | null {
  const view = useProjector((s) => s.view);
  useEffect(() => {
    void useProjector.getState().load();
    const offs = [
      client().on('projector:changed', (p) => useProjector.getState().setView(p.view)),
      client().onReread(() => void useProjector.getState().load()),
    ];
    return () => offs.forEach((off) => off());
  }, []);
  return view;
}
