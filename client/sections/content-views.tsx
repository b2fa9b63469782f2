import type { JSX } from 'solid-js';
import { ActionPlanSection } from './ActionPlanSection.jsx';
import { AgendaSection } from './AgendaSection.jsx';
import { FindingsSection } from './FindingsSection.jsx';
import { RecommendationsSection } from './RecommendationsSection.jsx';
import { ReportSection } from './ReportSection.jsx';
import type { SectionId } from './sections.js';
import { TargetsSection } from './TargetsSection.jsx';
import { TraceSection } from './TraceSection.jsx';

/** The sections that show the workshop's content (all but Versions), as a saved version or the projector shows them. */
export type ContentSection = Exclude<SectionId, 'versions'>;

export const CONTENT_VIEWS: Record<ContentSection, () => JSX.Element> = {
  agenda: () => <AgendaSection />,
  findings: () => <FindingsSection />,
  recommendations: () => <RecommendationsSection />,
  targets: () => <TargetsSection />,
  actionPlan: () => <ActionPlanSection />,
  trace: () => <TraceSection />,
  report: () => <ReportSection />,
};

export function isContentSection(section: unknown): section is ContentSection {
  return typeof section === 'string' && section in CONTENT_VIEWS;
}
