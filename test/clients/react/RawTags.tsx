// The React app's client-only part (main.tsx): the tag itself, which React 19 renders with
// its properties set. One listens with a ref, as React 18 code does; the other with
// oncapaian-ready. Both get a new inline object on every render, and their handlers set state.
import 'capaian/stat';
import 'capaian/poverty-trend';
import type {} from 'capaian/jsx';
import { useEffect, useRef, useState } from 'react';
import { figures, poverty } from '../documents';

export function RawTags() {
  const stat = useRef<HTMLElementTagNameMap['capaian-stat']>(null);
  const [statReadies, setStatReadies] = useState(0);
  const [trendReadies, setTrendReadies] = useState(0);
  useEffect(() => {
    const element = stat.current!;
    const onReady = () => setStatReadies((n) => n + 1);
    element.addEventListener('capaian-ready', onReady);
    return () => element.removeEventListener('capaian-ready', onReady);
  }, []);
  return (
    <section>
      <capaian-stat id="angka" ref={stat} data={{ ...figures }}></capaian-stat>
      <capaian-poverty-trend
        data={{ ...poverty }}
        oncapaian-ready={() => setTrendReadies((n) => n + 1)}
      ></capaian-poverty-trend>
      <p>
        capaian-ready: <output id="raw-readies">{statReadies + trendReadies}</output>
      </p>
    </section>
  );
}
