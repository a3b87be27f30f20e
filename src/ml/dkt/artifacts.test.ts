import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeDktModel, encodeDktModel } from './artifacts.ts';
import { DktModel } from './model.ts';
import { DktStepper } from './step.ts';

describe('DKT model files', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('round-trips weights exactly', async () => {
    const model = new DktModel({ numSkills: 4, hiddenUnits: 5 }, undefined, 9);
    const { modelJson, weightData } = await encodeDktModel(model);
    const copy = decodeDktModel(JSON.parse(JSON.stringify(modelJson)), weightData);
    const a = new DktStepper(model).step(new Float32Array(5), 2, true);
    const b = new DktStepper(copy).step(new Float32Array(5), 2, true);
    expect(Array.from(b.predictions)).toEqual(Array.from(a.predictions));
    model.dispose();
    copy.dispose();
  });

  it('rejects files that do not match, with a specific message', async () => {
    const model = new DktModel({ numSkills: 4, hiddenUnits: 5 }, undefined, 9);
    const { modelJson, weightData } = await encodeDktModel(model);
    expect(() => decodeDktModel({ ...modelJson, format: 'keras' }, weightData)).toThrow(/not a wayfind-dkt model/);
    expect(() => decodeDktModel(modelJson, weightData.slice(0, 100))).toThrow(/has 100 bytes/);
    const resized = { ...modelJson, modelTopology: { ...modelJson.modelTopology, hiddenUnits: 6 } };
    expect(() => decodeDktModel(resized, weightData)).toThrow(/shape/);
    model.dispose();
  });
});
