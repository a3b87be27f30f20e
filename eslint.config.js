import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'dev-dist/**', 'src/i18n/locales/**', 'models/**/weights/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { lit, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
    },
  },
  {
    // Chai's property assertions (`expect(x).to.exist`) read as bare expressions.
    files: ['**/*.browser.test.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Layers point one way: data and ml never reach up into the UI or app services.
    files: ['src/data/**/*.ts', 'src/ml/**/*.ts', 'src/content/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/ui/**', '../ui/*'], message: 'data, ml and content never import UI.' },
        { group: ['**/app/**'], message: 'data, ml and content never import app services.' },
      ] }],
    },
  },
  {
    files: ['src/ui/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [
        { name: 'dexie', message: 'Only src/data touches Dexie.' },
        { name: '@tensorflow/tfjs', message: 'Only src/ml touches TensorFlow.js.' },
      ] }],
    },
  },
);
