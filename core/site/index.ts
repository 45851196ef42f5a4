export * from './enums';
export * from './schema';
export * from './site';
export * from './validate';
export * from './defaults';
export * from './rios';
export { SITE_LIMITS } from './limits';
export { checkDnsName, checkFqdn, checkIpAddress, normaliseDnsName } from './dns-checks';
export {
  checkConnectorName,
  checkNetbiosName,
  checkPlainText,
  checkRequiredText,
  hasLoneSurrogate,
  showValue,
} from './text-checks';
