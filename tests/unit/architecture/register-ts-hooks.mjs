// `node --import ./register-ts-hooks.mjs …`: lets the import probe load src/*.ts directly.
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
