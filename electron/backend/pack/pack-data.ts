import type { PackData, PackOptions, PackSectionId } from '../../../shared/contract/index.ts';
import type { Repositories } from '../repositories.ts';

/**
 * Assembles everything one pack shows in one pass over the workbook. A requested section prints
 * only when it has content; an empty section is left out, never printed empty.
 */
export function assemblePackData(
  repos: Repositories,
  options: PackOptions,
  now = new Date(),
): PackData {
  const settings = repos.settings.get();
  const wanted = new Set(options.partnerIds);
  const partners = repos.partners
    .list({ search: '', includeArchived: wanted.size > 0 })
    .filter((p) => (wanted.size > 0 ? wanted.has(p.id) : !p.archived));

  const hasContent: Record<PackSectionId, boolean> = {
    cover: true,
    decisions: false,
    summary: false,
    portfolio: partners.length > 0,
    scorecards: false,
    kpis: false,
    forecast: false,
    risks: false,
    charter: false,
    calendar: false,
    actions: false,
    canvases: false,
    appendix: true,
  };

  return {
    generatedAt: now.toISOString(),
    title: settings.programName ? `${settings.programName}: governance pack` : 'Governance pack',
    orgName: settings.orgName,
    clientName: settings.clientName,
    programName: settings.programName,
    confidentiality: settings.confidentiality,
    currency: settings.currency,
    period: options.period,
    paper: options.paper,
    logo: repos.settings.getLogo(),
    sections: options.sections.filter((s) => hasContent[s]),
    partners: partners.map((p) => ({
      id: p.id,
      name: p.name,
      type: p.type,
      stage: p.stage,
      tier: p.tier,
      ownerOurs: p.ownerOurs,
      ownerTheirs: p.ownerTheirs,
      region: p.region,
      segment: p.segment,
    })),
  };
}
