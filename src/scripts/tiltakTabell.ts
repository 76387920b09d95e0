/**
 * The /tiltak/ table's client: sort by any column, filter, keep the state in the URL, and
 * download exactly the rows shown as CSV. All decisions are the pure functions in
 * src/lib/tables/tiltakFilter.ts; this file only wires them to the page. Without JavaScript the page
 * is the full table in its own order, and the filter form stays hidden.
 */
import {
  csvFilnavn,
  lesTilstand,
  skrivTilstand,
  tabellCsv,
  visteRader,
  type SortKolonne,
  type TabellTilstand,
  type TiltakRad,
} from '../lib/tables/client.ts';

const FILTRE = ['pilot', 'aar', 'tema', 'status', 'giver', 'aktor'] as const;

export function startTiltakTabell(): void {
  const data = document.getElementById('tiltak-data');
  const form = document.getElementById('tiltak-filter') as HTMLFormElement | null;
  const tabell = document.getElementById('tiltak-tabell') as HTMLTableElement | null;
  if (!data || !form || !tabell) return;
  const alle = JSON.parse(data.textContent ?? '[]') as TiltakRad[];
  const tbody = tabell.tBodies[0];
  const radFor = new Map<string, HTMLTableRowElement>();
  for (const tr of Array.from(tbody.rows)) radFor.set(tr.dataset.id ?? '', tr);
  const status = document.getElementById('tf-melding')!;
  const felt = (id: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`#tf-${id}`)!;

  let tilstand: TabellTilstand = lesTilstand(new URLSearchParams(location.search));

  // Header cells become sort buttons; aria-sort tells screen readers the current order.
  const hoder = Array.from(tabell.tHead!.rows[0].cells).filter((th) => th.dataset.sort);
  for (const th of hoder) {
    const knapp = document.createElement('button');
    knapp.type = 'button';
    knapp.textContent = th.textContent?.trim() ?? '';
    th.textContent = '';
    th.append(knapp);
    knapp.addEventListener('click', () => {
      const k = th.dataset.sort as SortKolonne;
      tilstand = {
        ...tilstand,
        sort: k,
        retning: tilstand.sort === k && tilstand.retning === 'asc' ? 'desc' : 'asc',
      };
      vis();
    });
  }

  function tilSkjema(s: TabellTilstand) {
    for (const f of FILTRE) felt(f).value = s[f] === null ? '' : String(s[f]);
    felt('fra').value = s.fra === null ? '' : String(s.fra);
    felt('til').value = s.til === null ? '' : String(s.til);
    felt('omfang').value = s.omfang;
  }

  function fraSkjema(): TabellTilstand {
    const p = new URLSearchParams();
    for (const f of [...FILTRE, 'fra', 'til', 'omfang']) p.set(f, felt(f).value);
    const lest = lesTilstand(p);
    return { ...lest, sort: tilstand.sort, retning: tilstand.retning };
  }

  function vis() {
    const viste = visteRader(alle, tilstand);
    const synlig = new Set(viste.map((r) => r.id));
    for (const r of viste) tbody.append(radFor.get(r.id)!);
    for (const [id, tr] of radFor) tr.hidden = !synlig.has(id);
    for (const th of hoder) {
      const aktiv = th.dataset.sort === tilstand.sort;
      // Designsystemet styles sortable headers by aria-sort; «none» marks a column that can be sorted.
      th.setAttribute(
        'aria-sort',
        aktiv ? (tilstand.retning === 'asc' ? 'ascending' : 'descending') : 'none',
      );
    }
    const q = skrivTilstand(tilstand);
    history.replaceState(null, '', `${location.pathname}${q ? `?${q}` : ''}${location.hash}`);
    status.textContent =
      viste.length === alle.length
        ? `Viser alle ${alle.length} tiltak.`
        : `Viser ${viste.length} av ${alle.length} tiltak.`;
  }

  form.addEventListener('change', () => {
    tilstand = fraSkjema();
    vis();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    tilstand = fraSkjema();
    vis();
  });
  document.getElementById('tf-nullstill')!.addEventListener('click', () => {
    tilstand = lesTilstand(new URLSearchParams());
    tilSkjema(tilstand);
    vis();
  });
  document.getElementById('tf-csv')!.addEventListener('click', () => {
    const csv = tabellCsv(visteRader(alle, tilstand), location.origin, tilstand.giver);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = csvFilnavn(tilstand);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });

  tilSkjema(tilstand);
  form.hidden = false;
  vis();
}
