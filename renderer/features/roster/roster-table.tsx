import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { Delegate } from '../../../shared/domain/delegate';
import { formatDate } from '../../../shared/domain/format';
import { useT } from '../../i18n/i18n';

const ROW = 40;

export function RosterTable({ delegates, onEdit }: { delegates: Delegate[]; onEdit(d: Delegate): void }) {
  const t = useT();
  const parent = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({
    count: delegates.length,
    getScrollElement: () => parent.current,
    estimateSize: () => ROW,
    overscan: 10,
    initialRect: { width: 1000, height: 600 },
  });
  return (
    <div className="roster-table">
      <div className="roster-head roster-grid">
        <span>{t('field.code')}</span>
        <span>{t('field.fullName')}</span>
        <span>{t('field.gender')}</span>
        <span>{t('field.birthDateShort')}</span>
        <span>{t('field.group')}</span>
        <span>{t('field.position')}</span>
        <span>{t('field.kind')}</span>
        <span>{t('field.status')}</span>
        <span />
      </div>
      <div ref={parent} className="roster-body" role="list">
        <div style={{ height: v.getTotalSize(), position: 'relative' }}>
          {v.getVirtualItems().map((item) => {
            const d = delegates[item.index]!;
            return (
              <div
                key={d.id}
                role="listitem"
                className="roster-grid roster-row"
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW, transform: `translateY(${item.start}px)` }}
                onDoubleClick={() => onEdit(d)}
              >
                <span className="code">{d.code}</span>
                <span className="name">{d.fullName}</span>
                <span>{d.gender ? t(`gender.${d.gender}`) : ''}</span>
                <span>{formatDate(d.birthDate)}</span>
                <span>{d.group}</span>
                <span className="ellipsis" title={d.position ?? ''}>
                  {d.position}
                </span>
                <span>{d.kind ? t(`kind.${d.kind}`) : ''}</span>
                <span className={`badge status-${d.status}`}>{t(`status.${d.status}`)}</span>
                <span>
                  <button className="ghost" onClick={() => onEdit(d)} aria-label={`${t('roster.edit')} ${d.fullName}`}>
                    {t('roster.edit')}
                  </button>
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
