// A form whose form-level check ties two inputs (a reach that needs a town): the first submit says every
// message at once; once the person fills in the town (another input than the one holding the message), the
// next submit goes through. Without submitAfresh the library keeps the reach's message and never submits.
import { FieldApi, FormApi, type AnyFieldApi } from '@tanstack/preact-form';
import { describe, expect, it } from 'vitest';
import { submitAfresh } from './submit';

interface Values {
  name: string;
  town: string;
  reach: string;
}

function tiedForm(onSubmit: (values: Values) => void) {
  const form = new FormApi({
    defaultValues: { name: '', town: '', reach: 'local' } as Values,
    validators: {
      onSubmit: ({ value }: { value: Values }) => {
        const fields: Record<string, string> = {};
        if (!value.name) fields['name'] = 'required';
        if (value.reach === 'local' && !value.town) fields['reach'] = 'local needs a town';
        return Object.keys(fields).length > 0 ? { fields } : undefined;
      },
    },
    onSubmit: ({ value }: { value: Values }) => onSubmit(value),
  });
  form.mount();
  const inputs = Object.fromEntries(
    (['name', 'town', 'reach'] as const).map((name) => {
      const field = new FieldApi({ form, name });
      field.mount();
      return [name, field];
    }),
  ) as unknown as Record<keyof Values, AnyFieldApi>;
  return { form, inputs };
}

describe('a submit', () => {
  it('says every message at once, and goes through once the other input is fixed', async () => {
    const sent: Values[] = [];
    const { form, inputs } = tiedForm((v) => sent.push(v));
    await submitAfresh(form);
    expect(inputs.name.state.meta.errors).toEqual(['required']);
    expect(inputs.reach.state.meta.errors).toEqual(['local needs a town']);
    expect(sent).toEqual([]);
    inputs.name.handleChange('Maison');
    inputs.town.handleChange('Nancy');
    await submitAfresh(form);
    expect(inputs.reach.state.meta.errors).toEqual([]);
    expect(sent).toEqual([{ name: 'Maison', town: 'Nancy', reach: 'local' }]);
  });

  it('is what the library alone does not do: it keeps the message on the input nobody changed', async () => {
    const sent: Values[] = [];
    const { form, inputs } = tiedForm((v) => sent.push(v));
    await form.handleSubmit();
    inputs.name.handleChange('Maison');
    inputs.town.handleChange('Nancy');
    await form.handleSubmit();
    // If this starts failing, the library fixed it, and submitAfresh can go.
    expect(inputs.reach.state.meta.errors).toEqual(['local needs a town']);
    expect(sent).toEqual([]);
  });
});
