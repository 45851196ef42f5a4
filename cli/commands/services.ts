/** The Electron-free services the CLI drives, in one place. */
export { exportBundle } from '../../electron/services/bundle/export';
export { fileErrorToAppError } from '../../electron/services/files/errors';
export { checkFinalName } from '../../electron/services/files/final-name';
export { CappedReadError, readRegularFileCapped } from '../../electron/services/files/read-capped';
export { writeFileDurable } from '../../electron/services/files/write-durable';
export { certificateDer } from '../../electron/services/pki/certificate';
export {
  generateHub,
  generateSite,
  generateSiteCa,
  toAppError,
  type SiteCa,
} from '../../electron/services/pki/generate';
export { loadSiteCaFiles, saveSiteCaFiles } from '../../electron/services/pki/site-ca-file';
export { inspectOffThread } from '../../electron/services/pki/inspect-off-thread';
export { checkPfxPassword } from '../../electron/services/pki/password';
export { MAX_PKI_FILE_BYTES, openPfx } from '../../electron/services/pki/pfx-read';
export { unavailableProtector } from '../../electron/services/vault/protector';
export { KeyVault } from '../../electron/services/vault/vault';
export { readEvidenceViews } from '../../electron/services/evidence/read';
export { everyReportRecord, reportInputsOf } from '../../electron/services/report/from-site-file';
export { renderReportPdf } from '../../electron/services/report/pdf';
export { readStateFileAt } from '../../electron/services/server-state/stick';
