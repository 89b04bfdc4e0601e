import { chooseProjectorDisplay, windowedBounds } from '../../../main/electron/displays';

const d = (id: number) => ({ id });

describe('chooseProjectorDisplay', () => {
  it('has no hall display with no display or a single one', () => {
    expect(chooseProjectorDisplay([], 1)).toBeNull();
    expect(chooseProjectorDisplay([d(1)], 1)).toBeNull();
  });

  it('takes the display that is not primary when there are two, wherever the primary is listed', () => {
    expect(chooseProjectorDisplay([d(1), d(2)], 1)).toEqual(d(2));
    expect(chooseProjectorDisplay([d(2), d(1)], 1)).toEqual(d(2));
  });

  it('takes the first non-primary display when there are three', () => {
    expect(chooseProjectorDisplay([d(7), d(3), d(9)], 3)).toEqual(d(7));
    expect(chooseProjectorDisplay([d(3), d(9), d(7)], 3)).toEqual(d(9));
  });
});

describe('windowedBounds', () => {
  it('is a 16:9 window centred inside the work area, never larger than 1280 wide', () => {
    const area = { x: 0, y: 0, width: 1920, height: 1040 };
    const b = windowedBounds(area);
    expect(b.width).toBe(1280);
    expect(b.height).toBe(720);
    expect(b.x).toBe(320);
    expect(b.y).toBe(160);
  });

  it('fits a small screen with an offset origin', () => {
    const area = { x: -1366, y: 0, width: 1366, height: 728 };
    const b = windowedBounds(area);
    expect(b.x).toBeGreaterThanOrEqual(area.x);
    expect(b.x + b.width).toBeLessThanOrEqual(area.x + area.width);
    expect(b.y + b.height).toBeLessThanOrEqual(area.height);
    expect(Math.abs(b.width / b.height - 16 / 9)).toBeLessThan(0.01);
  });
});
