// The tag itself, which React 19 renders on the client with its properties set (not when
// it hydrates server-rendered HTML: there, use capaian/react).
import 'capaian/stat';
import type { StatDocument } from 'capaian';
import type {} from 'capaian/jsx';

export function StatCard({ figures }: { figures: StatDocument }) {
  return (
    <capaian-stat
      data={figures}
      theme="dark"
      oncapaian-ready={(event) => console.log('drawn', event.detail.empty)}
    ></capaian-stat>
  );
}
