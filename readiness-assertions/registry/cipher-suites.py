#!/usr/bin/env python3
"""Regenerates src/main/resources/dev/readiness/tls/cipher-suites.tsv, the scanner's suite registry.

Sources, and nothing else:
  tls-parameters-4.csv  the rows of the IANA "TLS Cipher Suites" registry that name a suite, as IANA publishes them
                        at https://www.iana.org/assignments/tls-parameters/tls-parameters-4.csv (code points and
                        names are facts of the registry)
  openssl-ciphers.txt   `openssl version; openssl ciphers -V 'ALL:COMPLEMENTOFALL:@SECLEVEL=0'` on the development
                        machine, for OpenSSL's names of the suites OpenSSL implements ("-" for the others)
Key exchange, authentication, cipher, key bits, MAC and weakness flags are derived here from the IANA name, whose
parts (TLS_<kx>_<au>_WITH_<cipher>_<mac>) state them. Signalling values (SCSVs) are left out.

Usage: readiness-assertions/registry/cipher-suites.py [--refresh-openssl]
"""
import csv
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'src', 'main', 'resources', 'dev', 'readiness', 'tls', 'cipher-suites.tsv')

# (key exchange, authentication) for the part of a name before _WITH_
KEY_EXCHANGE = {
    'NULL': ('None', 'None'), 'RSA': ('RSA', 'RSA'), 'RSA_EXPORT': ('RSA', 'RSA'),
    'DH_DSS': ('DH', 'DSS'), 'DH_DSS_EXPORT': ('DH', 'DSS'), 'DH_RSA': ('DH', 'RSA'), 'DH_RSA_EXPORT': ('DH', 'RSA'),
    'DHE_DSS': ('DHE', 'DSS'), 'DHE_DSS_EXPORT': ('DHE', 'DSS'), 'DHE_RSA': ('DHE', 'RSA'),
    'DHE_RSA_EXPORT': ('DHE', 'RSA'), 'DH_anon': ('DH', 'None'), 'DH_anon_EXPORT': ('DH', 'None'),
    'KRB5': ('KRB5', 'KRB5'), 'KRB5_EXPORT': ('KRB5', 'KRB5'),
    'PSK': ('PSK', 'PSK'), 'DHE_PSK': ('DHEPSK', 'PSK'), 'PSK_DHE': ('DHEPSK', 'PSK'), 'RSA_PSK': ('RSAPSK', 'RSA'),
    'ECDHE_PSK': ('ECDHEPSK', 'PSK'),
    'ECDH_ECDSA': ('ECDH', 'ECDSA'), 'ECDHE_ECDSA': ('ECDHE', 'ECDSA'), 'ECDH_RSA': ('ECDH', 'RSA'),
    'ECDHE_RSA': ('ECDHE', 'RSA'), 'ECDH_anon': ('ECDH', 'None'),
    'SRP_SHA': ('SRP', 'SRP'), 'SRP_SHA_RSA': ('SRP', 'RSA'), 'SRP_SHA_DSS': ('SRP', 'DSS'),
    'ECCPWD': ('ECCPWD', 'ECCPWD'), 'GOSTR341112_256': ('GOST', 'GOST12'),
}

# cipher part -> (cipher, bits, AEAD?)
CIPHERS = [
    ('NULL', ('None', 0, False)), ('RC4_40', ('RC4', 40, False)), ('RC4_128', ('RC4', 128, False)),
    ('RC2_CBC_40', ('RC2', 40, False)), ('IDEA_CBC', ('IDEA', 128, False)), ('DES40_CBC', ('DES', 40, False)),
    ('DES_CBC_40', ('DES', 40, False)), ('DES_CBC', ('DES', 56, False)), ('3DES_EDE_CBC', ('3DES', 168, False)),
    ('AES_128_CBC', ('AES', 128, False)), ('AES_256_CBC', ('AES', 256, False)),
    ('AES_128_GCM', ('AESGCM', 128, True)), ('AES_256_GCM', ('AESGCM', 256, True)),
    ('AES_128_CCM_8', ('AESCCM8', 128, True)), ('AES_256_CCM_8', ('AESCCM8', 256, True)),
    ('AES_128_CCM', ('AESCCM', 128, True)), ('AES_256_CCM', ('AESCCM', 256, True)),
    ('CAMELLIA_128_CBC', ('Camellia', 128, False)), ('CAMELLIA_256_CBC', ('Camellia', 256, False)),
    ('CAMELLIA_128_GCM', ('CamelliaGCM', 128, True)), ('CAMELLIA_256_GCM', ('CamelliaGCM', 256, True)),
    ('ARIA_128_CBC', ('ARIA', 128, False)), ('ARIA_256_CBC', ('ARIA', 256, False)),
    ('ARIA_128_GCM', ('ARIAGCM', 128, True)), ('ARIA_256_GCM', ('ARIAGCM', 256, True)),
    ('SEED_CBC', ('SEED', 128, False)), ('CHACHA20_POLY1305', ('ChaCha20', 256, True)),
    ('KUZNYECHIK_CTR_OMAC', ('GOST', 256, False)), ('MAGMA_CTR_OMAC', ('GOST', 256, False)),
    ('28147_CNT_IMIT', ('GOST', 256, False)), ('KUZNYECHIK_MGM_L', ('GOST', 256, True)),
    ('MAGMA_MGM_L', ('GOST', 256, True)), ('KUZNYECHIK_MGM_S', ('GOST', 256, True)),
    ('MAGMA_MGM_S', ('GOST', 256, True)),
    ('AEGIS_256', ('AEGIS', 256, True)), ('AEGIS_128L', ('AEGIS', 128, True)), ('SM4_GCM', ('SM4GCM', 128, True)),
    ('SM4_CCM', ('SM4CCM', 128, True)),
]
MACS = {'': 'AEAD', 'SHA': 'SHA1', 'MD5': 'MD5', 'SHA256': 'SHA256', 'SHA384': 'SHA384', 'SM3': 'AEAD',
        'NULL': 'Null'}
TLS13_ONLY = re.compile(r'^TLS_(AES_|CHACHA20_|AEGIS_|SM4_|SHA256_SHA256|SHA384_SHA384|GOSTR341112_256_WITH_\w+_MGM_)')


def split_cipher(rest):
    for part, attributes in CIPHERS:
        if rest == part or rest.startswith(part + '_'):
            return attributes, rest[len(part) + 1:]
    raise SystemExit('cannot read the cipher of ' + rest)


def describe(name):
    """(version, kx, au, cipher, bits, mac, flags) from an IANA name."""
    if name in ('TLS_SHA256_SHA256', 'TLS_SHA384_SHA384'):
        return 'TLSv1.3', 'any', 'any', 'None', 0, name.split('_')[2], ['NULL']
    tls13 = bool(TLS13_ONLY.match(name))
    if '_WITH_' in name:
        exchange, rest = name[len('TLS_'):].split('_WITH_', 1)
        kx, au = KEY_EXCHANGE[exchange]
    else:
        exchange, rest, kx, au = '', name[len('TLS_'):], 'any', 'any'
    (cipher, bits, aead), mac = split_cipher(rest)
    mac = 'AEAD' if aead else MACS[mac]
    if tls13:
        kx, au = 'any', 'any'
    flags = []
    if cipher == 'None':
        flags.append('NULL')
    if au == 'None' and not tls13:
        flags.append('ANON')
    if 'EXPORT' in exchange:
        flags.append('EXPORT')
    if cipher == 'DES':
        flags.append('DES')
    if cipher == '3DES':
        flags.append('3DES')
    if cipher == 'RC4':
        flags.append('RC4')
    if mac == 'MD5':
        flags.append('MD5')
    if '_CBC' in rest:
        flags.append('CBC')
    return 'TLSv1.3' if tls13 else 'legacy', kx, au, cipher, bits, mac, flags


def openssl_names(path, refresh):
    if refresh:
        text = subprocess.run(['sh', '-c', "openssl version; openssl ciphers -V 'ALL:COMPLEMENTOFALL:@SECLEVEL=0'"],
                              check=True, capture_output=True, text=True).stdout
        with open(path, 'w') as f:
            f.write(text)
    names, version = {}, ''
    with open(path) as f:
        for line in f:
            if line.startswith('OpenSSL'):
                version = " ".join(line.split()[:2])
                continue
            match = re.match(r'\s*0x([0-9A-F]{2}),0x([0-9A-F]{2}) - (\S+)', line)
            if match:
                names[int(match.group(1) + match.group(2), 16)] = match.group(3)
    return names, version


def main():
    names, version = openssl_names(os.path.join(HERE, 'openssl-ciphers.txt'), '--refresh-openssl' in sys.argv)
    rows = []
    with open(os.path.join(HERE, 'tls-parameters-4.csv'), newline='') as f:
        for record in csv.DictReader(f):
            value, name = record['Value'], record['Description']
            match = re.fullmatch(r'0x([0-9A-F]{2}),0x([0-9A-F]{2})', value)
            if not match or not name.startswith('TLS_') or name.endswith('_SCSV'):
                continue
            code = int(match.group(1) + match.group(2), 16)
            version_, kx, au, cipher, bits, mac, flags = describe(name)
            rows.append('\t'.join([f'{code:04X}', name, names.get(code, '-'), version_, kx, au, cipher, str(bits),
                                   mac, ','.join(flags) or '-']))
    with open(OUT, 'w') as out:
        out.write('# TLS cipher suites of the IANA registry with their attributes, one suite a line, tab-separated.\n')
        out.write('# Generated by readiness-assertions/registry/cipher-suites.py from the IANA TLS Cipher Suites\n')
        out.write('# registry (https://www.iana.org/assignments/tls-parameters, tls-parameters-4.csv) and the names\n')
        out.write(f"# of `openssl ciphers -V 'ALL:COMPLEMENTOFALL:@SECLEVEL=0'` ({version}); do not edit by hand.\n")
        out.write('# code\tiana\topenssl\tversion\tkex\tauth\tcipher\tbits\tmac\tflags\n')
        out.write('\n'.join(rows) + '\n')
    print(f'{len(rows)} suites written to {os.path.normpath(OUT)}')


if __name__ == '__main__':
    main()
