/**
 * <chart-island>: a progressive chart. The page already holds a captioned table with the same
 * numbers; this element only adds a picture of them. It reads its data from a child
 * <script type="application/json">, waits until it is (nearly) visible, then loads Chart.js.
 * The frame holds the chart's height from the first paint, so drawing moves nothing; without
 * JavaScript a <noscript> stylesheet hides it, and if drawing fails the frame is hidden and the
 * table is the whole story.
 */
import type { ChartJsData } from '../../lib/money/index.ts';

class ChartIsland extends HTMLElement {
  #started = false;
  #observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    if (this.#started) return;
    if (!('IntersectionObserver' in window)) {
      void this.#start();
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.#observer?.disconnect();
          void this.#start();
        }
      },
      // Start a little before the chart scrolls in, so it is drawn when the reader gets there.
      { rootMargin: '200px 0px' },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
  }

  async #start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    const json = this.querySelector('script[type="application/json"]')?.textContent;
    const canvas = this.querySelector('canvas');
    const frame = this.querySelector<HTMLElement>('[data-chart-frame]');
    if (!json || !canvas || !frame) return;
    try {
      const data = JSON.parse(json) as ChartJsData;
      const { drawBarChart } = await import('./barChart.ts');
      // Set from script, not a style attribute: the Content-Security-Policy allows no inline styles.
      frame.style.height = `${Number(frame.dataset.height)}px`;
      frame.hidden = false;
      drawBarChart(canvas, data);
    } catch (error) {
      frame.hidden = true;
      console.warn('Diagrammet kunne ikke tegnes; tallene står i tabellen.', error);
    }
  }
}

if (!customElements.get('chart-island')) customElements.define('chart-island', ChartIsland);
