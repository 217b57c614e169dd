import { defineConfig, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';
import { readCatalogueFromDisk } from './scripts/lib/disk-catalogue.ts';
import { FlowValidationError, validateCatalogue } from './src/engine/validate.ts';

/** A flow with a broken route, key or source must fail the build, not a person. */
function validateFlows(): Plugin {
  return {
    name: 'forsta-steget:validate-flows',
    buildStart() {
      const problems = validateCatalogue(readCatalogueFromDisk(process.cwd()));
      if (problems.length) this.error(new FlowValidationError(problems).message);
    },
  };
}

export default defineConfig({
  plugins: [solid(), validateFlows()],
  base: './',
  build: { target: 'es2020' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
