interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The first choice, meaning "none" (value ""). */
  emptyLabel: string;
  options: readonly { value: string; label: string }[];
}

/** A labelled select with a "none" choice: owner and agenda-item pickers in the meeting forms. */
export function SelectField({ id, label, value, onChange, emptyLabel, options }: SelectFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="mtg-input" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{emptyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
