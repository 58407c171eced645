import { Dropdown, Field, Option } from "@fluentui/react-components";

/** A labelled drop-down of [value, text] pairs. */
export function Choice({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: string[][];
  onChange: (value: string) => void;
}) {
  const selected = options.find(([v]) => v === value)?.[1] ?? value;
  return (
    <Field label={label || undefined}>
      <Dropdown
        value={selected}
        selectedOptions={[value]}
        onOptionSelect={(_, d) => d.optionValue && onChange(d.optionValue)}
        style={{ minWidth: 160 }}
      >
        {options.map(([v, text]) => (
          <Option key={v} value={v}>
            {text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
