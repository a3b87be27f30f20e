/**
 * Passphrase encryption for backups: AES-GCM-256 under a key derived by PBKDF2-SHA-256 with a
 * random salt, via WebCrypto (browsers and Node 20's globalThis.crypto.subtle).
 */
import { base64ToBytes, bytesToBase64 } from './base64.ts';
import { BackupError, DEFAULT_ITERATIONS, type EncryptionHeader } from './format.ts';
import { utf8Bytes } from './utf8.ts';

const SALT_BYTES = 16;
const IV_BYTES = 12;
const VERIFIER_TEXT = 'wayfind-backup-key-check';

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

async function seal(key: CryptoKey, iv: Uint8Array, plaintext: Uint8Array): Promise<string> {
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, plaintext as BufferSource);
  return bytesToBase64(new Uint8Array(sealed));
}

export interface Sealed {
  encryption: EncryptionHeader;
  ciphertext: string;
}

/** Encrypts `plaintext` under `passphrase`; salt and IVs are fresh for every call. */
export async function encryptText(plaintext: string, passphrase: string, iterations = DEFAULT_ITERATIONS): Promise<Sealed> {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const verifierIv = randomBytes(IV_BYTES);
  const key = await deriveKey(passphrase, salt, iterations);
  const encoder = new TextEncoder();
  return {
    encryption: {
      cipher: 'AES-GCM',
      kdf: 'PBKDF2',
      hash: 'SHA-256',
      iterations,
      salt: bytesToBase64(salt),
      iv: bytesToBase64(iv),
      verifier: { iv: bytesToBase64(verifierIv), data: await seal(key, verifierIv, encoder.encode(VERIFIER_TEXT)) },
    },
    ciphertext: await seal(key, iv, utf8Bytes(plaintext)),
  };
}

async function open(key: CryptoKey, ivBase64: string, dataBase64: string): Promise<Uint8Array | null> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: base64ToBytes(ivBase64) as BufferSource },
      key,
      base64ToBytes(dataBase64) as BufferSource,
    );
    return new Uint8Array(plain);
  } catch {
    return null;
  }
}

/**
 * Decrypts a sealed backup. The header must already be validated (see envelope.ts).
 * @throws BackupError 'wrong-passphrase' or 'damaged-ciphertext'
 */
export async function decryptText(sealed: Sealed, passphrase: string): Promise<string> {
  const { encryption } = sealed;
  const key = await deriveKey(passphrase, base64ToBytes(encryption.salt), encryption.iterations);
  const check = await open(key, encryption.verifier.iv, encryption.verifier.data);
  if (!check || new TextDecoder().decode(check) !== VERIFIER_TEXT) {
    throw new BackupError('wrong-passphrase', 'The passphrase is wrong: this backup was encrypted with a different one.');
  }
  const plain = await open(key, encryption.iv, sealed.ciphertext);
  if (!plain) {
    throw new BackupError('damaged-ciphertext', 'The passphrase is right, but the encrypted data was changed or damaged, so it cannot be decrypted.');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    throw new BackupError('damaged-ciphertext', 'The decrypted data is not text; the file was not made by Wayfind.');
  }
}
