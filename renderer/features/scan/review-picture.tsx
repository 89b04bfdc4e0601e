import { useEffect, useState } from 'react';
import type { CommandOutput } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/contract/result';
import { useT } from '../../i18n/i18n';
import type { ImageBox, PendingSheet } from './review-items';

export type SheetImage = CommandOutput<'papers:sheetImage'>;
export type LoadImage = (image: string) => Promise<Result<SheetImage>>;

/** An A4 scan, until the image itself says its size. */
const A4 = { w: 1654, h: 2339 };

/** Around a name row: enough of the lines above and below to see where a stroke runs. */
function cropOf(box: ImageBox | undefined): ImageBox {
  if (!box) return { x: 0, y: 0, w: 1, h: 1 };
  const mx = 0.03;
  const my = Math.max(box.h * 0.6, 0.008);
  const x = Math.max(0, box.x - mx);
  const y = Math.max(0, box.y - my);
  return { x, y, w: Math.min(1, box.x + box.w + mx) - x, h: Math.min(1, box.y + box.h + my) - y };
}

/** Kept sheet images by hash: the rows of one paper are crops of the same picture. */
const loaded = new Map<string, string>();

/**
 * The picture of a doubt, cut from the kept sheet image by CSS (no canvas: the image is drawn once
 * and only the window onto it changes from row to row): a row as wide as the screen allows, a page
 * as tall. A sheet without an image says where the paper is in the stack instead.
 */
export function ReviewPicture({ sheet, box, load, label }: { sheet: PendingSheet; box?: ImageBox; load: LoadImage; label: string }) {
  const t = useT();
  const image = sheet.image;
  // The answer for the image asked last; a kept image is known at once from the cache.
  const [got, setGot] = useState<{ image: string; url: string | null } | null>(null);
  const [size, setSize] = useState(A4);
  const url = image ? (loaded.get(image) ?? (got?.image === image ? got.url : null)) : null;
  const failed = image !== null && got?.image === image && got.url === null;

  useEffect(() => {
    if (!image || loaded.has(image)) return;
    let live = true;
    void load(image).then((r) => {
      if (!live) return;
      const dataUrl = r.ok ? `data:${r.value.mime};base64,${r.value.contentBase64}` : null;
      if (dataUrl) loaded.set(image, dataUrl);
      setGot({ image, url: dataUrl });
    });
    return () => {
      live = false;
    };
  }, [image, load]);

  if (!image || failed) {
    return (
      <p className="review-no-image" data-testid="review-no-image">
        {t('review.noImage', { file: sheet.file, page: sheet.page })}
      </p>
    );
  }
  const crop = cropOf(box);
  const kind = box ? 'row' : 'page';
  return (
    <div
      className={`review-picture is-${kind}`}
      style={{ aspectRatio: `${crop.w * size.w} / ${crop.h * size.h}` }}
      data-testid={`review-picture-${kind}`}
    >
      {url && (
        <img
          src={url}
          alt={t('review.imageAlt', { what: label })}
          style={{
            width: `${100 / crop.w}%`,
            left: `${(-crop.x / crop.w) * 100}%`,
            top: `${(-crop.y / crop.h) * 100}%`,
          }}
          onLoad={(e) => {
            const img = e.currentTarget;
            if (img.naturalWidth > 0) setSize({ w: img.naturalWidth, h: img.naturalHeight });
          }}
          draggable={false}
        />
      )}
      {box && (
        // the row the machine judged, between the halves of its neighbours shown for where a stroke runs
        <span
          className="review-row-mark"
          aria-hidden="true"
          style={{
            left: `${((box.x - crop.x) / crop.w) * 100}%`,
            top: `${((box.y - crop.y) / crop.h) * 100}%`,
            width: `${(box.w / crop.w) * 100}%`,
            height: `${(box.h / crop.h) * 100}%`,
          }}
        />
      )}
    </div>
  );
}
