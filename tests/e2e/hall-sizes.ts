/** The screens of a hall, in CSS pixels: the projectors (4:3 and 16:9), the laptops, and the LED wall's PC. */
export const HALL_SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
