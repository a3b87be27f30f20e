import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { WEIGHTS_FILE, decodeDktModel, encodeDktModel, type DktMetadata } from '../src/ml/dkt/artifacts.ts';
import type { DktModel } from '../src/ml/dkt/model.ts';

/** Writes model.json, weights.bin and metadata.json into `dir`. */
export async function saveDktDir(dir: string, model: DktModel, metadata: DktMetadata): Promise<void> {
  await mkdir(dir, { recursive: true });
  const { modelJson, weightData } = await encodeDktModel(model);
  await writeFile(path.join(dir, 'model.json'), JSON.stringify(modelJson, null, 2) + '\n');
  await writeFile(path.join(dir, WEIGHTS_FILE), new Uint8Array(weightData));
  await writeFile(path.join(dir, 'metadata.json'), JSON.stringify(metadata, null, 2) + '\n');
}

export async function loadDktDir(dir: string): Promise<{ model: DktModel; metadata: DktMetadata }> {
  const modelJson: unknown = JSON.parse(await readFile(path.join(dir, 'model.json'), 'utf8'));
  const bytes = await readFile(path.join(dir, WEIGHTS_FILE));
  const weightData = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const metadata = JSON.parse(await readFile(path.join(dir, 'metadata.json'), 'utf8')) as DktMetadata;
  return { model: decodeDktModel(modelJson, weightData as ArrayBuffer), metadata };
}
