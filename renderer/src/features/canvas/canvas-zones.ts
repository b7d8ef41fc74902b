import {
  IconBandage,
  IconBriefcase,
  IconMoodSad,
  IconMoodSmile,
  IconPackage,
  IconSparkles,
  type Icon,
} from '@tabler/icons-react';
import {
  canvasItemNouns,
  canvasZoneLabels,
  linkedZone,
  type CanvasItem,
  type CanvasZone,
} from '../../../../shared/contract/index.ts';

export interface ZoneMeta {
  zone: CanvasZone;
  label: string;
  noun: string;
  icon: Icon;
  /** A Mantine colour name for its sticky notes. */
  color: string;
  /** Jobs, pains and gains are ordered by importance; the top three pains and gains count toward fit. */
  ranked: boolean;
  /** The zone its items link to, if any. */
  linksTo: CanvasZone | null;
  hint: string;
}

const meta = (
  zone: CanvasZone,
  icon: Icon,
  color: string,
  ranked: boolean,
  hint: string,
): ZoneMeta => ({
  zone,
  label: canvasZoneLabels[zone],
  noun: canvasItemNouns[zone],
  icon,
  color,
  ranked,
  linksTo: linkedZone[zone] ?? null,
  hint,
});

export const zoneMeta: Record<CanvasZone, ZoneMeta> = {
  job: meta(
    'job',
    IconBriefcase,
    'yellow',
    true,
    'What is the customer trying to get done? Practical tasks, how they want to be seen, how they want to feel. Most important first.',
  ),
  gain: meta(
    'gain',
    IconMoodSmile,
    'green',
    true,
    'The outcomes they hope for, from must-haves to pleasant surprises. Most important first.',
  ),
  pain: meta(
    'pain',
    IconMoodSad,
    'red',
    true,
    'What annoys, blocks or worries them around those jobs. Most important first.',
  ),
  product: meta(
    'product',
    IconPackage,
    'blue',
    false,
    'What each partner brings to the joint offer: products, services, integrations.',
  ),
  gain_creator: meta(
    'gain_creator',
    IconSparkles,
    'teal',
    false,
    'How the joint offer produces those gains. Link each one to the gains it delivers.',
  ),
  pain_reliever: meta(
    'pain_reliever',
    IconBandage,
    'orange',
    false,
    'How the joint offer removes or eases the pains. Link each one to the pains it addresses.',
  ),
};

/** Products carry the colour of their side, so ours and theirs read apart at a glance. */
export function noteColor(item: Pick<CanvasItem, 'zone' | 'side'>): string {
  if (item.zone === 'product') return item.side === 'theirs' ? 'grape' : 'blue';
  return zoneMeta[item.zone].color;
}

/** The noun of the other end of a link, plural: "pains", "pain relievers". */
export function linkTargetPlural(zone: CanvasZone): string {
  const target = linkedZone[zone];
  return target ? `${canvasItemNouns[target]}s` : '';
}
