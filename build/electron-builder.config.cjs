// electron-builder: Windows portable + NSIS, macOS dmg, Linux AppImage + deb.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'com.securesmtprunbook.app',
  productName: 'Secure SMTP Runbook',
  directories: { output: 'release', buildResources: 'build' },
  files: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json'],
  // The DejaVu fonts the completion certificate PDF embeds (any customer or engineer name prints).
  extraResources: [{ from: 'assets/fonts', to: 'fonts' }],
  asar: true,
  afterPack: './build/fuses.cjs',
  electronLanguages: ['en-US'],
  win: { target: ['portable', 'nsis'], icon: 'build/icon.png' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
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
  },
  deb: { depends: [] },
};
