import { defineConfig } from 'vite';

/** Vite settings for Storybook only; main.ts's viteFinal adds the rest. */
export default defineConfig({});
