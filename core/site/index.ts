export * from './enums';
export * from './schema';
export * from './site';
export * from './validate';
export * from './defaults';
export * from './rios';
export { checkDnsName, checkFqdn, checkIpAddress, normaliseDnsName } from './dns-checks';
export {
  checkConnectorName,
  checkNetbiosName,
  checkPlainText,
  checkRequiredText,
  hasLoneSurrogate,
  showValue,
} from './text-checks';
