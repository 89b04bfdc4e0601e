// Types for stand-in-package.mjs (imported by the TypeScript packaging test).
export declare const projectRoot: string;
export declare const STAND_IN_LOCALES: readonly string[];
export interface BuilderRun {
  status: number;
  output: string;
}
export type StandInPlatform = 'linux' | 'win' | 'mac';
export declare function makeStandInElectron(dir: string, platform?: StandInPlatform): string;
export declare function runElectronBuilder(args: readonly string[], options?: { config?: string }): BuilderRun;
export declare function buildElectronBundles(): void;
export declare function buildStandInPackage(
  workDir: string,
  options?: { config?: string; platform?: StandInPlatform },
): BuilderRun & { appOutDir: string };
