import { reportFragment } from '../../shared/workshop-document/index.js';
import { CollaborativeEditor } from '../editor/CollaborativeEditor.jsx';
import { useWorkshop } from '../sync/workshop-context.js';

export function ReportSection() {
  const workshop = useWorkshop();
  return (
    <section class="section">
      <header class="section-header">
        <div>
          <h2>Report</h2>
          <p class="guidance">
            The results workshop report (Tool K): prose around the findings, recommendations and targets.
          </p>
        </div>
      </header>
      <CollaborativeEditor
        fragment={reportFragment(workshop.doc)}
        provider={workshop.provider}
        user={workshop.user()}
        editable={workshop.canEdit}
      />
    </section>
  );
}
