/** Must match electron/backend/pack/pdf-sections.ts, which reads these anchors back from the PDF. */
export const SECTION_ANCHOR_PREFIX = 'pack-section-';
