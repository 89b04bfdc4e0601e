import { useEffect } from 'react';
import type { ProjectorStage } from '../../../shared/contract/types';
import { client } from '../../app/client-instance';
import { useProjector } from './projector-store';

/**
 * The operator's stage (on air, next, black, theme), kept fresh. The queued slide's preview also
 * reloads when a vote or ballot changes, since it shows their data before it goes on air.
 */
export function useProjectorStage(): ProjectorStage | null {
  const stage = useProjector((s) => s.stage);
  useEffect(() => {
    const reload = () => void useProjector.getState().loadStage();
    reload();
    const c = client();
    const offs = [
      c.on('projector:staged', (p) => useProjector.getState().setStage(p.stage)),
      c.on('votes:changed', reload),
      c.on('ballots:changed', reload),
    ];
    return () => offs.forEach((off) => off());
  }, []);
  return stage;
}
