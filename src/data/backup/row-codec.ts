/**
 * Rows to and from their JSON form in a backup: Blobs (artifact files) and ArrayBuffers (model
 * weights) become base64; every other field is JSON already and passes through unchanged.
 */
import type { Artifact, PackModel, TableRows } from '../records.ts';
import type { TableName } from '../schema.ts';
import { base64ToBytes, bytesToBase64 } from './base64.ts';
import type { EncodedBlob, EncodedBytes } from './format.ts';

type Loose = Record<string, unknown>;

export async function encodeRow<Name extends TableName>(table: Name, row: TableRows[Name]): Promise<Loose> {
  if (table === 'artifacts') {
    const { file, ...rest } = row as Artifact;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const encoded: EncodedBlob = { type: file.type, size: bytes.length, base64: bytesToBase64(bytes) };
    return { ...rest, file: encoded };
  }
  if (table === 'packModels') {
    const { weights, ...rest } = row as PackModel;
    const encoded: EncodedBytes = { base64: bytesToBase64(new Uint8Array(weights)) };
    return { ...rest, weights: encoded };
  }
  return row as unknown as Loose;
}

/** The inverse of encodeRow, for rows that passed validation. */
export function decodeRow<Name extends TableName>(table: Name, row: Loose): TableRows[Name] {
  if (table === 'artifacts') {
    const file = row.file as EncodedBlob;
    return { ...row, file: new Blob([base64ToBytes(file.base64) as BlobPart], { type: file.type }) } as unknown as TableRows[Name];
  }
  if (table === 'packModels') {
    const weights = row.weights as EncodedBytes;
    return { ...row, weights: base64ToBytes(weights.base64).buffer } as unknown as TableRows[Name];
  }
  return row as unknown as TableRows[Name];
}
