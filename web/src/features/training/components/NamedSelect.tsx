interface NamedSelectProps {
  id: string;
  label: string;
  options: readonly { id: string; name: string }[];
  value: string;
  onChange: (id: string) => void;
  /** The empty choice's words ("Geen wijk"); without it one of the options must be picked. */
  none?: string;
}

/** A field that picks one of the branch's named things: a topic, a working group, a wijk, a focus topic. */
export function NamedSelect({ id, label, options, value, onChange, none }: NamedSelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {none !== undefined && <option value="">{none}</option>}
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}
