// Builds the gallery from the registry: every widget in every variant on every sample
// file, in id and en, light and dark. A widget added to src/widgets/index.ts appears here
// without an edit. Elements are created with the DOM API; sample titles are data, never markup.
import { widgets } from '../src/widgets/index.js';

const gallery = document.getElementById('gallery')!;
for (const { tag, samples, variants } of widgets) {
  for (const variant of variants) {
    const section = document.createElement('section');
    const heading = document.createElement('h2');
    const isDefault = variant === variants[0];
    heading.textContent = isDefault ? `<${tag}>` : `<${tag} variant="${variant}">`;
    section.append(heading);
    for (const sample of samples) {
      const row = document.createElement('div');
      row.className = 'row';
      for (const lang of ['id', 'en']) {
        for (const theme of ['light', 'dark']) {
          const card = document.createElement('figure');
          card.className = `card ${theme}`;
          const caption = document.createElement('figcaption');
          caption.textContent = `${sample}.json · ${lang} · ${theme}`;
          const widget = document.createElement(tag);
          if (!isDefault) widget.setAttribute('variant', variant);
          widget.setAttribute('src', `./data/${sample}.json`);
          widget.setAttribute('lang', lang);
          widget.setAttribute('theme', theme);
          card.append(caption, widget);
          row.append(card);
        }
      }
      section.append(row);
    }
    gallery.append(section);
  }
}

const slider = document.getElementById('width') as HTMLInputElement;
const out = document.getElementById('width-out')!;
const apply = () => {
  document.documentElement.style.setProperty('--card-width', `${slider.value}px`);
  out.textContent = `${slider.value} px`;
};
slider.addEventListener('input', apply);
apply();
