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

/** electron-builder afterPack hook. */
async function afterPack(context) {
  const { flipFuses } = require('@electron/fuses');
  await flipFuses(executablePath(context), {
    ...fuseConfig,
    resetAdHocDarwinSignature:
      context.electronPlatformName === 'darwin' && context.arch === 3 /* arm64 */,
  });
}

module.exports = { fuseConfig, afterPack, default: afterPack };
