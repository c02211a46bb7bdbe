// Builds the gallery: every widget on every sample file, in id and en, light and dark.
// Elements are created with the DOM API; sample titles are data, never markup.

interface Entry {
  tag: string;
  files: string[];
  variant?: string;
}

const ENTRIES: Entry[] = [
  { tag: 'capaian-budget-growth', files: ['budget-growth.seed.json', 'budget-growth.extended.json'] },
];

const gallery = document.getElementById('gallery')!;
for (const { tag, files, variant } of ENTRIES) {
  const section = document.createElement('section');
  const heading = document.createElement('h2');
  heading.textContent = variant ? `<${tag} variant="${variant}">` : `<${tag}>`;
  section.append(heading);
  for (const file of files) {
    const row = document.createElement('div');
    row.className = 'row';
    for (const lang of ['id', 'en']) {
      for (const theme of ['light', 'dark']) {
        const card = document.createElement('figure');
        card.className = `card ${theme}`;
        const caption = document.createElement('figcaption');
        caption.textContent = `${file} · ${lang} · ${theme}`;
        const widget = document.createElement(tag);
        if (variant) widget.setAttribute('variant', variant);
        widget.setAttribute('src', `./data/${file}`);
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

const slider = document.getElementById('width') as HTMLInputElement;
const out = document.getElementById('width-out')!;
const apply = () => {
  document.documentElement.style.setProperty('--card-width', `${slider.value}px`);
  out.textContent = `${slider.value} px`;
};
slider.addEventListener('input', apply);
apply();
