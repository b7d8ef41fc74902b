import { describe, expect, it } from 'vitest';
import {
  agendaTemplates,
  agendaText,
  meetingKindLabels,
  meetingKinds,
} from '../../shared/domain/meeting-agendas.ts';

describe('meeting agenda templates', () => {
  it('has a labelled template with items for every kind of meeting', () => {
    expect(meetingKinds).toEqual(['check_in', 'qbr', 'steering', 'audit']);
    for (const kind of meetingKinds) {
      expect(meetingKindLabels[kind]).toBeTruthy();
      expect(agendaTemplates[kind].kind).toBe(kind);
      expect(agendaTemplates[kind].items.length).toBeGreaterThanOrEqual(4);
    }
  });

  it('follows the monthly check-in of the playbook: progress, upcoming campaigns, blockers, next month, in 30 minutes', () => {
    const template = agendaTemplates.check_in;
    expect(template.minutes).toBe(30);
    expect(template.items.map((i) => i.title)).toEqual([
      'Progress since last time',
      'Campaigns coming up',
      'Blockers',
      'Plan for next month',
    ]);
  });

  it('follows the quarterly business review: results, return, improvements, then renew or adjust, in 60 minutes', () => {
    const template = agendaTemplates.qbr;
    expect(template.minutes).toBe(60);
    expect(template.items.map((i) => i.title)).toEqual([
      'Results against targets',
      'Return on the effort',
      'What to improve',
      'Continue, expand, adjust or end',
    ]);
  });

  it('writes the agenda as numbered items with their guiding questions', () => {
    const text = agendaText('check_in');
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      'Keep the month on track: what moved, what is coming, what is stuck. (30 minutes)',
    );
    expect(lines).toContain('1. Progress since last time');
    expect(lines).toContain('4. Plan for next month');
    expect(text).toContain('   What is stuck, who can unblock it, and by when?');
  });

  it('opens a steering agenda with the decisions requested, listed under the first item', () => {
    const text = agendaText('steering', {
      decisionsRequested: ['Renew Globex for two years?', '  Fund the   RetailX booth? '],
    });
    const lines = text.split('\n');
    const first = lines.indexOf('1. Decisions requested');
    expect(first).toBeGreaterThan(0);
    expect(lines.slice(first + 2, first + 4)).toEqual([
      '   - Renew Globex for two years?',
      '   - Fund the RetailX booth?',
    ]);
    expect(lines[first + 4]).toBe('2. Performance dashboard');
    expect(agendaText('qbr', { decisionsRequested: ['ignored'] })).not.toContain('ignored');
  });
});
