import { createMemo } from 'solid-js';
import { ganttChart, type GanttRow } from '../../shared/gantt-chart.js';
import { ganttWords } from '../../shared/gantt-words.js';
import { itemText } from '../../shared/workshop-document/index.js';
import { i18n, t } from '../i18n/i18n.js';
import { createFieldIndex, createOrderedItems } from '../sync/y-signals.js';
import { useWorkshop } from '../sync/workshop-context.js';

/**
 * The action plan's Gantt chart (Tool C), redrawn live as rows change. It is the same SVG the exports
 * embed (shared/gantt-chart.ts), which escapes every piece of text, so setting it as markup is safe.
 */
export function GanttChart() {
  const workshop = useWorkshop();
  const rows = createOrderedItems(workshop.doc, 'actionPlan');
  const fields = createFieldIndex(workshop.doc, 'actionPlan', (item) => ({
    objective: itemText(item, 'objective').toString(),
    activity: itemText(item, 'activity').toString(),
    leadAgency: itemText(item, 'leadAgency').toString(),
    start: String(item.get('start') ?? ''),
    end: String(item.get('end') ?? ''),
  }));
  const chart = createMemo(() => {
    const known = fields();
    const planRows = rows().flatMap((item): GanttRow[] => {
      const id = String(item.get('id'));
      const values = known.get(id);
      return values ? [{ id, ...values }] : [];
    });
    // A saved version is drawn as of its own day, as its exports are.
    const today = workshop.asOf ?? new Date().toISOString().slice(0, 10);
    // The same words as the exports' chart, in the reader's language.
    return ganttChart(planRows, { today, words: ganttWords(i18n()) });
  });

  return (
    <figure class="gantt">
      {/* Focusable, so a keyboard can scroll a chart wider than the screen (WCAG 2.1.1). */}
      <div
        class="gantt-scroll"
        tabindex="0"
        role="region"
        aria-label={t('export.gantt.title')}
        innerHTML={chart().svg}
      />
      <figcaption class="muted">{t('items.gantt.caption')}</figcaption>
    </figure>
  );
}
