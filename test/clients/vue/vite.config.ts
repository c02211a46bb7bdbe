import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    // The tags are custom elements, not Vue components: Vue sets `:data` as a property.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('capaian-') } } }),
  ],
});
