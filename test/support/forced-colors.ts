import { executeServerCommand } from '@web/test-runner-commands';

/** Turns Windows-high-contrast style forced colors on or off for this test page (Chromium). */
export async function forcedColors(active: boolean): Promise<void> {
  await executeServerCommand('forced-colors', { active });
  if (matchMedia('(forced-colors: active)').matches !== active) throw new Error('forced-colors emulation did not take effect');
}
