/**
 * The /laering/ filters' client: narrows the list of lessons in place by the data attributes
 * LaeringList puts on each card; the URL keeps the choice so a filtered view can be shared.
 * Without JavaScript every lesson is shown.
 */

export function startLaeringFilter(): void {
  const form = document.getElementById('laering-filter') as HTMLFormElement | null;
  const status = document.getElementById('laering-antall');
  const felt = ['initiativ', 'pilot', 'kilde', 'slag'] as const;
  function apply(updateUrl: boolean) {
    if (!form) return;
    const data = new FormData(form);
    const valgt = Object.fromEntries(felt.map((f) => [f, String(data.get(f) ?? '')]));
    const synlige = new Set<string>();
    document.querySelectorAll<HTMLElement>('[data-laering]').forEach((el) => {
      const ok =
        (!valgt.initiativ || (el.dataset.initiativ ?? '').split(' ').includes(valgt.initiativ)) &&
        (!valgt.pilot || el.dataset.pilot === valgt.pilot) &&
        (!valgt.kilde || el.dataset.kilde === valgt.kilde) &&
        (!valgt.slag || el.dataset.slag === valgt.slag);
      el.hidden = !ok;
      if (ok) synlige.add(el.dataset.laering ?? '');
    });
    document.querySelectorAll<HTMLElement>('[data-tema]').forEach((sec) => {
      const any = sec.querySelector('[data-laering]:not([hidden])') !== null;
      sec.hidden = !any;
      const lenke = document.querySelector<HTMLElement>(`[data-tema-lenke="${sec.dataset.tema}"]`);
      if (lenke) lenke.hidden = !any;
    });
    const filtrert = felt.some((f) => valgt[f]);
    if (status)
      status.textContent = filtrert
        ? `Viser ${synlige.size} ${synlige.size === 1 ? 'lærdom' : 'lærdommer'} som passer filteret.`
        : `Viser alle ${synlige.size} lærdommene.`;
    if (updateUrl) {
      const params = new URLSearchParams();
      for (const f of felt) if (valgt[f]) params.set(f, valgt[f]);
      const q = params.toString();
      history.replaceState(null, '', q ? `?${q}` : location.pathname);
    }
  }
  if (form) {
    const params = new URLSearchParams(location.search);
    for (const f of felt) {
      const sel = form.elements.namedItem(f) as HTMLSelectElement | null;
      const v = params.get(f);
      if (sel && v && [...sel.options].some((o) => o.value === v)) sel.value = v;
    }
    form.addEventListener('change', () => apply(true));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      apply(true);
    });
    apply(false);
  }
}
