import { TextField } from './fields';
import { useQuestionnaire } from './questionnaire-context';

/** Page 1: who the work is for and who does it (the engineer's name goes on every step record). */
export function CustomerPage() {
  const { form, update } = useQuestionnaire();
  return (
    <div className="field-grid">
      <TextField
        field="customer.name"
        label="Customer name"
        value={form.customer.name}
        autoComplete="organization"
        placeholder="e.g. Contoso Ltd"
        onChange={(name) => update((f) => ({ ...f, customer: { ...f.customer, name } }))}
      />
      <TextField
        field="customer.siteName"
        label="Site name"
        value={form.customer.siteName}
        placeholder="e.g. Amsterdam data centre"
        hint="How you and the customer call this place or project."
        onChange={(siteName) => update((f) => ({ ...f, customer: { ...f.customer, siteName } }))}
      />
      <TextField
        field="engineer.name"
        label="Your name (the engineer on this laptop)"
        value={form.engineer.name}
        autoComplete="name"
        hint="Signs every step you tick off here and the completion certificates you print. A site file from a colleague never changes it."
        onChange={(name) => update((f) => ({ ...f, engineer: { ...f.engineer, name } }))}
      />
      <TextField
        field="engineer.email"
        label="Your e-mail (optional)"
        value={form.engineer.email}
        inputMode="email"
        autoComplete="email"
        onChange={(email) => update((f) => ({ ...f, engineer: { ...f.engineer, email } }))}
      />
    </div>
  );
}
