// Electron fuses for packaged builds, flipped after packing and before signing.
// strictlyRequireAllFuses: a fuse added by a future Electron breaks the build instead of defaulting.
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

/** The fuse wire we ship (see SECURITY.md §1.2 for each reason). */
const fuseConfig = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  [FuseV1Options.WasmTrapHandlers]: true,
};

/** The packaged Electron executable for an electron-builder afterPack context. */
function executablePath(context) {
  const name = context.packager.appInfo.productFilename;
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return `${context.appOutDir}/${name}.app`;
    case 'win32':
      return `${context.appOutDir}/${name}.exe`;
    default:
      return `${context.appOutDir}/${context.packager.executableName}`;
  }
}

/**
 * Reads the fuse wire of an executable back and lists every fuse that differs from fuseConfig
 * ("RunAsNode: enabled, expected disabled"); a fuse this Electron has removed does not count.
 */
async function fuseMismatches(executable) {
  const { getCurrentFuseWire, FuseState } = require('@electron/fuses');
  const wire = await getCurrentFuseWire(executable);
  const word = (state) =>
    state === FuseState.ENABLE ? 'enabled' : state === FuseState.DISABLE ? 'disabled' : 'missing';
  const wrong = [];
  for (const [key, wanted] of Object.entries(fuseConfig)) {
    if (!/^\d+$/u.test(key)) continue;
    const actual = wire[key];
    if (actual === FuseState.REMOVED) continue;
    const expected = wanted ? FuseState.ENABLE : FuseState.DISABLE;
    if (actual !== expected)
      wrong.push(`${FuseV1Options[key]}: ${word(actual)}, expected ${word(expected)}`);
  }
  return wrong;
}

/** electron-builder afterPack hook: flips the fuses, then reads them back (a mismatch fails the build). */
async function afterPack(context) {
  const { flipFuses } = require('@electron/fuses');
  const executable = executablePath(context);
  await flipFuses(executable, {
    ...fuseConfig,
    resetAdHocDarwinSignature:
      context.electronPlatformName === 'darwin' && context.arch === 3 /* arm64 */,
  });
  const wrong = await fuseMismatches(executable);
  if (wrong.length > 0)
    throw new Error(`Fuses not as configured in ${executable}: ${wrong.join('; ')}`);
}

module.exports = { fuseConfig, fuseMismatches, afterPack, default: afterPack };
