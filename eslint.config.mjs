import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['node_modules/**', '.next/**', 'data/**', 'lib/generated/**', 'test-results/**', 'playwright-report/**'] },
  {
    rules: {
      '@next/next/no-img-element': 'off', // product art is small local SVG; next/image adds nothing there
    },
  },
];

export default config;
