/**
 * The /tiltak/ table's client: load every row from the data chunks, sort by any column, filter,
 * page through the rows shown, keep the state in the URL, and download exactly the rows shown
 * as CSV. All decisions are the pure functions in src/lib/tables/; this file only wires them to
 * the page. Without JavaScript each page is one page of the table in its own order, with links
 * to the others, and the filter form stays hidden.
 */
import {
  csvFilnavn,
  lesSide,
  lesTilstand,
  SIDE_RADER,
  sideAv,
  skrivTilstand,
  tabellCsv,
  tiltakCeller,
  visteRader,
  type SortKolonne,
  type TabellTilstand,
  type TiltakRad,
} from '../lib/tables/client.ts';

const FILTRE = ['pilot', 'aar', 'tema', 'status', 'giver', 'aktor'] as const;

/** A row as the page renders it (TiltakTabell.astro), from the same cell description. */
function lagRad(r: TiltakRad): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.dataset.id = r.id;
  for (const c of tiltakCeller(r)) {
    const celle = document.createElement(c.radhode ? 'th' : 'td');
    if (c.radhode) celle.setAttribute('scope', 'row');
    if (c.num) celle.className = 'num';
    celle.dataset.label = c.etikett;
    for (const d of c.deler) {
      if (d.href) {
        const a = document.createElement('a');
        a.href = d.href;
        a.textContent = d.tekst;
        celle.append(a);
      } else if (d.svak) {
        const s = document.createElement('span');
        s.className = 'muted';
        s.textContent = d.tekst;
        celle.append(s);
      } else celle.append(d.tekst);
    }
    tr.append(celle);
  }
  return tr;
}

export function startTiltakTabell(): void {
  const form = document.getElementById('tiltak-filter') as HTMLFormElement | null;
  const tabell = document.getElementById('tiltak-tabell') as HTMLTableElement | null;
  if (!form || !tabell) return;
  const tbody = tabell.tBodies[0];
  const rot = tabell.dataset.rot ?? location.pathname;
  const deler = (tabell.dataset.deler ?? '').split(' ').filter(Boolean);
  const status = document.getElementById('tf-melding')!;
  const felt = (id: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`#tf-${id}`)!;
  const params = new URLSearchParams(location.search);

  let tilstand: TabellTilstand = lesTilstand(params);
  // A page of the static table (/tiltak/side/3/) opens on that page; ?side= wins when present.
  let side = params.has('side') ? Number(params.get('side')) : Number(tabell.dataset.side ?? '1');
  let alle: TiltakRad[] | null = null;
  const radFor = new Map<string, HTMLTableRowElement>();
  for (const tr of Array.from(tbody.rows)) radFor.set(tr.dataset.id ?? '', tr);

  // The page links become links to pages of the rows shown; the static ones stay for readers
  // without JavaScript.
  let nav = document.getElementById('tiltak-sider');
  if (!nav) {
    nav = document.createElement('nav');
    nav.id = 'tiltak-sider';
    nav.className = 'side-nav';
    nav.setAttribute('aria-label', 'Sider i tabellen over alle tiltak');
    (tabell.closest('.table-scroll') ?? tabell).after(nav);
  }
  nav.addEventListener('click', (e) => {
    const a = (e.target as Element).closest<HTMLAnchorElement>('a[data-side]');
    if (!a) return;
    e.preventDefault();
    side = Number(a.dataset.side);
    vis();
    tabell.focus();
  });
  tabell.tabIndex = -1;

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
      side = 1;
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

  function adresse(s: number): string {
    const q = new URLSearchParams(skrivTilstand(tilstand));
    if (s > 1) q.set('side', String(s));
    const tekst = q.toString();
    return `${rot}${tekst ? `?${tekst}` : ''}`;
  }

  function visSider(antall: number) {
    nav!.replaceChildren();
    nav!.hidden = antall <= 1;
    if (antall <= 1) return;
    const ul = document.createElement('ul');
    const lenke = (tekst: string, s: number, merke?: string) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = adresse(s);
      a.dataset.side = String(s);
      a.textContent = tekst;
      if (merke) a.rel = merke;
      else {
        a.setAttribute('aria-label', `Side ${s}`);
        if (s === side) a.setAttribute('aria-current', 'page');
      }
      li.append(a);
      ul.append(li);
    };
    if (side > 1) lenke('Forrige side', side - 1, 'prev');
    for (let s = 1; s <= antall; s++) lenke(String(s), s);
    if (side < antall) lenke('Neste side', side + 1, 'next');
    nav!.append(ul);
  }

  function vis() {
    if (!alle) return;
    const viste = visteRader(alle, tilstand);
    const sider = Math.max(1, Math.ceil(viste.length / SIDE_RADER));
    side = lesSide(String(side), sider);
    const denne = sideAv(viste, side, (s) => adresse(s));
    tbody.replaceChildren(
      ...denne.rader.map((r) => {
        let tr = radFor.get(r.id);
        if (!tr) radFor.set(r.id, (tr = lagRad(r)));
        tr.hidden = false;
        return tr;
      }),
    );
    for (const th of hoder) {
      const aktiv = th.dataset.sort === tilstand.sort;
      // Designsystemet styles sortable headers by aria-sort; «none» marks a column that can be sorted.
      th.setAttribute(
        'aria-sort',
        aktiv ? (tilstand.retning === 'asc' ? 'ascending' : 'descending') : 'none',
      );
    }
    visSider(denne.antallSider);
    history.replaceState(null, '', `${adresse(side)}${location.hash}`);
    const antall =
      viste.length === alle.length
        ? `Viser alle ${alle.length} tiltak.`
        : `Viser ${viste.length} av ${alle.length} tiltak.`;
    status.textContent =
      denne.antallSider > 1
        ? `${antall} Side ${denne.nr} av ${denne.antallSider}: rad ${denne.fra}–${denne.til}.`
        : antall;
    tbody.parentElement!.dataset.klar = 'true';
  }

  form.addEventListener('change', () => {
    tilstand = fraSkjema();
    side = 1;
    vis();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    tilstand = fraSkjema();
    side = 1;
    vis();
  });
  document.getElementById('tf-nullstill')!.addEventListener('click', () => {
    tilstand = lesTilstand(new URLSearchParams());
    side = 1;
    tilSkjema(tilstand);
    vis();
  });
  document.getElementById('tf-csv')!.addEventListener('click', () => {
    if (!alle) return;
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
  tabell.setAttribute('aria-busy', 'true');
  status.textContent = 'Henter alle tiltak …';
  Promise.all(
    deler.map((d) =>
      fetch(d).then((r) => {
        if (!r.ok) throw new Error(`${d}: ${r.status}`);
        return r.json() as Promise<TiltakRad[]>;
      }),
    ),
  )
    .then((biter) => {
      alle = biter.flat();
      tabell.removeAttribute('aria-busy');
      // The static page links are for readers without JavaScript; the script's own replace them.
      document.getElementById('tiltak-utvalg')?.remove();
      vis();
    })
    .catch(() => {
      tabell.removeAttribute('aria-busy');
      for (const el of form.querySelectorAll<HTMLElement>('.filter-felter, .filter-knapper'))
        el.hidden = true;
      status.textContent =
        'Kunne ikke hente alle tiltakene. Tabellen viser denne siden i sin egen rekkefølge.';
    });
}
