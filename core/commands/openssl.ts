import { quoteSh } from '../quote';
import type { CertificateSpec } from '../certificates/spec';
import { siteCaReplaceConsequence } from '../certificates/site-ca';
import type { Command } from './types';

/**
 * OpenSSL commands that replace the seed's example (DOMAIN.md §2.3): RSA of the chosen size,
 * explicit validity, SAN with the hub FQDN and SMTP domain, serverAuth+clientAuth EKU, and a PFX
 * whose encryption the target Windows can read. Needs OpenSSL 3.0 or later (-noenc, -copy_extensions).
 */
export function opensslCommands(spec: CertificateSpec): Command[] {
  if (spec.signedBySiteCa) return opensslSiteCaCommands(spec);
  const base = spec.commonName;
  const san = spec.dnsNames.map((n) => `DNS:${n}`).join(',');
  return [
    {
      shell: 'sh',
      label: `Key and self-signed certificate (RSA ${spec.keySize}, ${spec.validityDays} days; ${openssl3})`,
      command: [
        `openssl req -x509 -newkey rsa:${spec.keySize} -sha256 -days ${spec.validityDays} -noenc`,
        `  -keyout ${quoteSh(`${base}.key`)} -out ${quoteSh(`${base}.crt`)} -subj ${quoteSh(`/CN=${spec.commonName}`)}`,
        `  -addext ${quoteSh(`subjectAltName=${san}`)}`,
        `  -addext ${quoteSh(`extendedKeyUsage=${spec.extendedKeyUsage.join(',')}`)}`,
        `  -addext ${quoteSh(`keyUsage=critical,${spec.keyUsage.join(',')}`)}`,
      ].join(' \\\n'),
      status: 'verified',
    },
    ...pfxCommands(spec),
    {
      shell: 'sh',
      label: 'DER copy of the certificate for the partners\u2019 Trusted Root store',
      command: `openssl x509 -in ${quoteSh(`${base}.crt`)} -outform der -out ${quoteSh(`${base}.cer`)}`,
      status: 'verified',
    },
    {
      shell: 'sh',
      label: 'Check the PFX encryption before it leaves the workstation',
      command: `openssl pkcs12 -in ${quoteSh(`${base}.pfx`)} -info -noout`,
      status: 'verified',
    },
  ];
}

/** The site CA's files on the workstation (its key never goes on the stick). */
const siteCaFiles = { key: 'site-ca.key', crt: 'site-ca.crt', cer: 'site-ca.cer' } as const;

/** What commands using 3.0-only flags (-noenc, -copy_extensions) say in their label. */
const openssl3 = 'OpenSSL 3.0 or later';

/** The legacy CryptoAPI provider the app's legacy PFX names too (pfx-build.ts), via `-CSP`. */
const schannelCsp = 'Microsoft RSA SChannel Cryptographic Provider';

/**
 * The PFX export, the same profile as the app's: 3DES/SHA-1 with the SChannel CSP name for the
 * legacy profile (so Exchange 2007/2010 find the key in a CryptoAPI provider), AES-256 otherwise.
 */
function pfxCommands(spec: CertificateSpec): Command[] {
  const base = spec.commonName;
  const legacy = spec.pfxProfile === 'windows-legacy';
  // As the app's PFX (pfx-build.ts): only the key bag is encrypted, the MAC is HMAC-SHA1, 2048
  // iterations (OpenSSL's default), and in site CA mode the root travels in the PFX too.
  const pbe = legacy
    ? `-keypbe PBE-SHA1-3DES -certpbe NONE -macalg sha1 -CSP ${quoteSh(schannelCsp)}`
    : '-keypbe AES-256-CBC -certpbe NONE -macalg sha1';
  const chain = spec.signedBySiteCa ? ` -certfile ${siteCaFiles.crt}` : '';
  return [
    {
      shell: 'sh',
      label: legacy
        ? `PFX for the hub, 3DES/SHA-1 (readable by every Windows Server in scope)${spec.signedBySiteCa ? ', with the site CA' : ''}`
        : `PFX for the hub, AES-256 key, SHA-1 MAC (Windows Server 2019 and later only)${spec.signedBySiteCa ? ', with the site CA' : ''}`,
      command: `openssl pkcs12 -export -inkey ${quoteSh(`${base}.key`)} -in ${quoteSh(`${base}.crt`)}${chain} -name ${quoteSh(spec.friendlyName)} ${pbe} -out ${quoteSh(`${base}.pfx`)}`,
      status: legacy ? 'verified' : 'partial',
    },
  ];
}

/**
 * The site CA's name constraints in openssl x509v3_config(5) words: the site's DNS subtrees
 * permitted, every IPv4 and IPv6 address excluded; `critical,` only when the policy says so.
 */
function siteCaNameConstraints(ca: CertificateSpec['siteCa']): string {
  const parts = [
    ...ca.permittedDns.map((n) => `permitted;DNS:${n}`),
    'excluded;IP:0.0.0.0/0.0.0.0',
    'excluded;IP:0:0:0:0:0:0:0:0/0:0:0:0:0:0:0:0',
  ];
  return `nameConstraints=${ca.nameConstraintsCritical ? 'critical,' : ''}${parts.join(',')}`;
}

/**
 * Site CA mode with OpenSSL 3: one root (made once, kept off the stick), then per hub a key and
 * request carrying the names and uses, signed by the root with those extensions copied.
 */
function opensslSiteCaCommands(spec: CertificateSpec): Command[] {
  const base = spec.commonName;
  const san = spec.dnsNames.map((n) => `DNS:${n}`).join(',');
  return [
    {
      shell: 'sh',
      label: `Site CA, made once for the whole site; a ${siteCaFiles.crt} already here is reused only if it is this site's root (name, key size) and outlives the new certificate (else the command stops; ${openssl3})`,
      command: [
        `if [ -e ${siteCaFiles.key} ]; then`,
        `  { openssl x509 -in ${siteCaFiles.crt} -noout -checkend ${spec.validityDays * 86_400} >/dev/null &&`,
        `    [ "$(openssl x509 -in ${siteCaFiles.crt} -noout -subject -nameopt RFC2253)" = ${quoteSh(`subject=CN=${spec.siteCa.commonName}`)} ] &&`,
        `    [ "$(openssl x509 -in ${siteCaFiles.crt} -noout -text | sed -n 's/.*Public-Key: (\\([0-9]*\\) bit).*/\\1/p')" -ge ${spec.siteCa.keySize} ]; } ||`,
        `  { echo ${quoteSh(`STOP: ${siteCaFiles.crt} is not this site's root (CN=${spec.siteCa.commonName}, RSA ${spec.siteCa.keySize} bits or more) or ends before a new ${spec.validityDays}-day certificate would. To replace it, move site-ca.* away and run this again. ${siteCaReplaceConsequence}`)} >&2; false; }`,
        'else',
        [
          `  openssl req -x509 -newkey rsa:${spec.siteCa.keySize} -sha256 -days ${spec.siteCa.validityDays} -noenc`,
          `    -keyout ${siteCaFiles.key} -out ${siteCaFiles.crt} -subj ${quoteSh(`/CN=${spec.siteCa.commonName}`)}`,
          `    -addext ${quoteSh('basicConstraints=critical,CA:TRUE,pathlen:0')}`,
          `    -addext ${quoteSh('keyUsage=critical,keyCertSign,cRLSign')}`,
          `    -addext ${quoteSh(`extendedKeyUsage=${spec.siteCa.extendedKeyUsage.join(',')}`)}`,
          `    -addext ${quoteSh(siteCaNameConstraints(spec.siteCa))}`,
        ].join(' \\\n'),
        'fi',
      ].join('\n'),
      status: 'verified',
    },
    {
      shell: 'sh',
      label: `Key and request for ${base} (RSA ${spec.keySize}; ${openssl3})`,
      command: [
        `openssl req -new -newkey rsa:${spec.keySize} -sha256 -noenc`,
        `  -keyout ${quoteSh(`${base}.key`)} -out ${quoteSh(`${base}.csr`)} -subj ${quoteSh(`/CN=${spec.commonName}`)}`,
        `  -addext ${quoteSh(`subjectAltName=${san}`)}`,
        `  -addext ${quoteSh(`extendedKeyUsage=${spec.extendedKeyUsage.join(',')}`)}`,
        `  -addext ${quoteSh(`keyUsage=critical,${spec.keyUsage.join(',')}`)}`,
        `  -addext ${quoteSh('basicConstraints=critical,CA:FALSE')}`,
      ].join(' \\\n'),
      status: 'verified',
    },
    {
      shell: 'sh',
      label: `Sign it with the site CA (${spec.validityDays} days; ${openssl3})`,
      command: `openssl x509 -req -in ${quoteSh(`${base}.csr`)} -CA ${siteCaFiles.crt} -CAkey ${siteCaFiles.key} -CAcreateserial -sha256 -days ${spec.validityDays} -copy_extensions copyall -out ${quoteSh(`${base}.crt`)}`,
      status: 'verified',
    },
    {
      shell: 'sh',
      label:
        'Check the chain as the hubs will: server and client use, within the site CA\u2019s name constraints (both must say OK)',
      command: ['sslserver', 'sslclient']
        .map(
          (p) =>
            `openssl verify -x509_strict -purpose ${p} -CAfile ${siteCaFiles.crt} ${quoteSh(`${base}.crt`)}`,
        )
        .join('\n'),
      status: 'verified',
    },
    ...pfxCommands(spec),
    {
      shell: 'sh',
      label: 'DER copy of the site CA for every hub\u2019s Trusted Root store',
      command: `openssl x509 -in ${siteCaFiles.crt} -outform der -out ${siteCaFiles.cer}`,
      status: 'verified',
    },
  ];
}
