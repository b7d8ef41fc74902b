import { partnerFields, type Partner } from '../../../shared/contract/index.ts';
import type { firstProgramMethods } from '../../../shared/contract/first-program.ts';
import type { HandlerMap } from '../handler-types.ts';

const sameName = (a: string, b: string): boolean =>
  a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

function editableFields({ id: _id, createdAt: _c, updatedAt: _u, ...fields }: Partner) {
  return fields;
}

// A step done again (the founder goes back, changes a date and saves) updates what the step
// made the first time, found through the link the guided start keeps, rather than adding a
// second meeting, campaign or decision. A deleted record's link is null: the step makes it anew.
export const firstProgramHandlers: HandlerMap<keyof typeof firstProgramMethods> = {
  'firstProgram.get': (_input, { state }) => state.require().repos.firstProgram.get(),
  'firstProgram.save': (input, { state }) => {
    const { repos } = state.require();
    // Says "that partner no longer exists" rather than failing on the foreign key.
    if (input.partnerId !== null) repos.partners.get(input.partnerId);
    return repos.firstProgram.save(input);
  },
  'firstProgram.saveCandidate': ({ name, type, fit }, { state }) => {
    const { repos } = state.require();
    // Candidates are told apart by name: adding one again rescores it, it does not duplicate it.
    const known = repos.partners
      .list({ search: '', includeArchived: true })
      .find((p) => sameName(p.name, name));
    const saved = known
      ? repos.partners.update(known.id, { ...editableFields(known), name, type })
      : repos.partners.create(partnerFields.parse({ name, type, stage: 'identified' }));
    repos.fit.save(saved.id, fit);
    return saved;
  },
  'firstProgram.saveMeeting': ({ slot, fields }, { state }) => {
    const { repos } = state.require();
    const linked = repos.firstProgram.get()[slot];
    const saved =
      linked === null ? repos.meetings.create(fields) : repos.meetings.update(linked, fields);
    repos.firstProgram.link({ [slot]: saved.id });
    return saved;
  },
  'firstProgram.saveCampaign': (fields, { state }) => {
    const { repos } = state.require();
    const linked = repos.firstProgram.get().campaignActivityId;
    const saved =
      linked === null ? repos.calendar.create(fields) : repos.calendar.update(linked, fields);
    repos.firstProgram.link({ campaignActivityId: saved.id });
    return saved;
  },
  'firstProgram.saveDecision': (fields, { state }) => {
    const { repos } = state.require();
    const linked = repos.firstProgram.get().decisionId;
    const saved =
      linked === null
        ? repos.decisions.createDecision(fields)
        : repos.decisions.updateDecision(linked, fields);
    repos.firstProgram.link({ decisionId: saved.id });
    return saved;
  },
};
