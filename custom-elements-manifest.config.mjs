/** Internal reactive state (declared protected or private) is not an attribute a user can set. */
function hideInternalState() {
  return {
    name: 'capaian-hide-internal-state',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          const hidden = new Set(
            (decl.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
          );
          if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !hidden.has(a.fieldName));
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [hideInternalState()],
};
