import { ToggleGroup } from 'radix-ui';
import { themeSchema } from '../store/persisted-schema';
import { useRunbook } from '../store/store-context';

/** System / light / dark: follows the OS unless the user overrides it. */
export function ThemeSwitch() {
  const theme = useRunbook((s) => s.preferences.theme);
  const setTheme = useRunbook((s) => s.setTheme);
  return (
    <ToggleGroup.Root
      type="single"
      className="toggle-group"
      aria-label="Theme"
      value={theme}
      onValueChange={(value) => {
        const parsed = themeSchema.safeParse(value);
        if (parsed.success) setTheme(parsed.data);
      }}
    >
      {themeSchema.options.map((option) => (
        <ToggleGroup.Item
          key={option}
          value={option}
          className="toggle-item"
          aria-label={`${option} theme`}
        >
          {option === 'system' ? 'System' : option === 'light' ? 'Light' : 'Dark'}
        </ToggleGroup.Item>
      ))}
    </ToggleGroup.Root>
  );
}
