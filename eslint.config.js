// One flat config for the whole workspace; each project runs `eslint .` from its own folder.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import solid from 'eslint-plugin-solid/configs/typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.nx/**',
      '**/.data/**',
      'bench/results/**',
      'e2e/artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['**/*.tsx'], ...solid },
  {
    files: ['**/src/**/*.ts', '**/src/**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      // The dependency direction of DESIGN.md: apps → libs; ui/poller-solid → poller; poller → nothing of ours;
      // poller-debug → nothing of ours (its tests drive real pollers); server → the vpo-api contract only.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:engine', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:contract', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:debug', onlyDependOnLibsWithTags: ['type:engine'] },
            { sourceTag: 'type:binding', onlyDependOnLibsWithTags: ['type:engine'] },
            {
              sourceTag: 'type:ui',
              onlyDependOnLibsWithTags: ['type:engine', 'type:binding', 'type:contract'],
            },
            { sourceTag: 'type:server', onlyDependOnLibsWithTags: ['type:contract'] },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:engine',
                'type:binding',
                'type:ui',
                'type:contract',
                'type:debug',
              ],
            },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contract', 'type:engine'] },
            {
              sourceTag: 'type:bench',
              onlyDependOnLibsWithTags: [
                'type:engine',
                'type:contract',
                'type:binding',
                'type:ui',
                'type:server',
              ],
            },
          ],
        },
      ],
    },
  },
  prettier,
);
