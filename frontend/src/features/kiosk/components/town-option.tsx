import { optionParts, type Commune } from '../model/town';

/** A commune as every town list shows it: its name, then where it is (postcode, department, region). */
export function TownOptionText({ commune }: { commune: Commune }) {
  const parts = optionParts(commune);
  return (
    <>
      <span class="town-option__name">
        <bdi>{parts.name}</bdi>
      </span>
      <span class="town-option__where">
        <bdi>{parts.where}</bdi>
      </span>
    </>
  );
}

/** A commune offered as a button in a list of choices (the "which one?" question, the plan's notice). */
export function TownChoice({ commune, onChoose }: { commune: Commune; onChoose: (commune: Commune) => void }) {
  return (
    <li>
      <button type="button" class="choice town-choice" data-code={commune.code} onClick={() => onChoose(commune)}>
        <TownOptionText commune={commune} />
      </button>
    </li>
  );
}

export const townKey = (c: Commune) => `${c.code}-${c.postcode ?? ''}`;
