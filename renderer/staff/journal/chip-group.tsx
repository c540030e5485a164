// A row of mutually exclusive choices, each a large touch target.
export interface ChipGroupProps<T extends string> {
  label: string;
  options: readonly T[];
  value: T;
  testIdPrefix: string;
  labelOf: (option: T) => string;
  onChange: (option: T) => void;
}

export function ChipGroup<T extends string>({ label, options, value, testIdPrefix, labelOf, onChange }: ChipGroupProps<T>) {
  return (
    <div className="chip-group" role="radiogroup" aria-label={label}>
      <span className="chip-group-label">{label}</span>
      {options.map((option) => (
        <button
          key={option}
          type="button"
          role="radio"
          aria-checked={option === value}
          className="chip"
          data-testid={`${testIdPrefix}-${option}`}
          onClick={() => onChange(option)}
        >
          {labelOf(option)}
        </button>
      ))}
    </div>
  );
}
