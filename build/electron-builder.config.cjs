// electron-builder: Windows portable + NSIS, macOS dmg, Linux AppImage + deb.
// Checked by test/unit/build/packaging-config.test.ts against electron-builder's own schema,
// since packaging itself needs the Electron download.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'com.securesmtprunbook.app',
  productName: 'Secure SMTP Runbook',
  directories: { output: 'release', buildResources: 'build' },
  // Only the built bundles go into the asar: no sources, no tests, no fixtures.
  files: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json'],
  // The DejaVu fonts the completion certificate PDF embeds (any customer or engineer name prints).
  extraResources: [{ from: 'assets/fonts', to: 'fonts' }],
  asar: true,
  afterPack: './build/fuses.cjs',
  electronLanguages: ['en-US'],
  // Site files open by double-click (Windows and Linux: registered by the installer and the
  // deb; macOS: Info.plist). The portable exe registers nothing: it leaves no trace on the PC.
  fileAssociations: [
    {
      ext: 'smtprunbook',
      name: 'Secure SMTP Runbook site',
      description: 'Secure SMTP Runbook site file',
      mimeType: 'application/x-smtprunbook+json',
      role: 'Editor',
    },
  ],
  win: { target: ['portable', 'nsis'], icon: 'build/icon.png' },
  // The portable exe runs from the USB stick; with portable-data.txt beside it, it keeps its
  // data in "Secure SMTP Runbook data" beside itself (electron/main/portable.ts).
  portable: { artifactName: '${productName}-${version}-portable.${ext}' },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    artifactName: '${productName}-${version}-setup.${ext}',
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.utilities',
    icon: 'build/icon.png',
    hardenedRuntime: true,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Utility',
    icon: 'build/icon.png',
    maintainer: 'Secure SMTP Runbook team',
    mimeTypes: ['application/x-smtprunbook+json'],
  },
  deb: { depends: [] },
};
