import type { PackData } from '../../../../shared/contract/index.ts';
import { VpcCanvasPrint } from '../../features/canvas/VpcCanvasPrint.tsx';
import { EcosystemMapPrint } from '../../features/ecosystem/EcosystemMapPrint.tsx';
import { SectionHeading } from './SectionHeading.tsx';

/** Each canvas on a page of its own, drawn by the same print renderings as the app's exports. */
export function CanvasesSection({ data, number }: { data: PackData; number: number }) {
  const { vpcs, ecosystem } = data.canvases;
  const ourName = data.orgName || 'Our organisation';
  const parts = [
    vpcs.length > 0
      ? `${vpcs.length} value proposition canvas${vpcs.length === 1 ? '' : 'es'}`
      : null,
    ecosystem ? 'the ecosystem map' : null,
  ].filter(Boolean);
  return (
    <section className="pack-section">
      <SectionHeading
        id="canvases"
        number={number}
        title="Canvases"
        lead={`${parts.join(' and ')}, as drawn in the workbook, one to a page.`}
      />
      {vpcs.map(({ partnerName, canvas }) => (
        <div className="pack-canvas-page" key={canvas.partnerId} data-testid="pack-vpc">
          <h3>Value proposition canvas: {partnerName}</h3>
          <p className="pack-muted">
            {canvas.customerSegment ? `Customer segment: ${canvas.customerSegment}. ` : ''}
            {canvas.fit.percent === null
              ? 'Fit not measured: no pains or gains ranked yet.'
              : `Fit ${canvas.fit.percent} %: ${canvas.fit.addressedCount} of the ${canvas.fit.topCount} top-ranked pains and gains addressed. Dashed outlines mark those not addressed.`}
          </p>
          <div className="pack-canvas-figure">
            <VpcCanvasPrint canvas={canvas} ourName={ourName} theirName={partnerName} />
          </div>
        </div>
      ))}
      {ecosystem && (
        <div className="pack-canvas-page" data-testid="pack-ecosystem">
          <h3>Ecosystem map</h3>
          <p className="pack-muted">
            {ecosystem.nodes.length} organisations and {ecosystem.edges.length} flows between them.
          </p>
          <div className="pack-canvas-figure">
            <EcosystemMapPrint map={ecosystem} />
          </div>
        </div>
      )}
    </section>
  );
}
