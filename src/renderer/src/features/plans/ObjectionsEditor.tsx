import type { Objection } from '../../../../shared/domain/plan';

/** The objections the rep expects, each with an answer ready. */
export function ObjectionsEditor({
  items,
  onChange,
}: {
  items: Objection[];
  onChange: (items: Objection[]) => void;
}) {
  const set = (index: number, patch: Partial<Objection>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <section className="panel" aria-label="Objections">
      <h3 className="panel-title">Objections you expect</h3>
      {items.map((item, index) => (
        <div key={index} className="objection">
          <input
            aria-label={`Objection ${index + 1}`}
            placeholder="“We already have a carrier.”"
            value={item.objection}
            onChange={(e) => set(index, { objection: e.target.value })}
          />
          <textarea
            aria-label={`Response to objection ${index + 1}`}
            placeholder="Your answer"
            rows={2}
            value={item.response}
            onChange={(e) => set(index, { response: e.target.value })}
          />
          <button
            type="button"
            className="icon-button"
            aria-label={`Remove objection ${index + 1}`}
            onClick={() => onChange(items.filter((_, i) => i !== index))}
          >
            ✕
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button small"
        onClick={() => onChange([...items, { objection: '', response: '' }])}
      >
        <span aria-hidden="true">+</span> Add objection
      </button>
    </section>
  );
}
