/** A list of short texts (meeting slots) edited in place: add, change, remove. */
export function ListEditor(props: {
  title: string;
  itemLabel: string;
  placeholder: string;
  items: string[];
  onChange: (items: string[]) => void;
}) {
  const { title, itemLabel, placeholder, items, onChange } = props;
  return (
    <section className="panel" aria-label={title}>
      <h3 className="panel-title">{title}</h3>
      {items.map((item, index) => (
        <div key={index} className="list-row">
          <input
            aria-label={`${itemLabel} ${index + 1}`}
            value={item}
            placeholder={placeholder}
            onChange={(e) =>
              onChange(items.map((other, i) => (i === index ? e.target.value : other)))
            }
          />
          <button
            type="button"
            className="icon-button"
            aria-label={`Remove ${itemLabel.toLowerCase()} ${index + 1}`}
            onClick={() => onChange(items.filter((_, i) => i !== index))}
          >
            ✕
          </button>
        </div>
      ))}
      <button type="button" className="button small" onClick={() => onChange([...items, ''])}>
        <span aria-hidden="true">+</span> Add {itemLabel.toLowerCase()}
      </button>
    </section>
  );
}
