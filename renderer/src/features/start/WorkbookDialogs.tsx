import { useDialogStore } from '../../stores/dialog-store.ts';
import { WorkbookStatusBanner } from '../backups/WorkbookStatusBanner.tsx';
import { NewWorkbookModal } from './NewWorkbookModal.tsx';
import { OpenWorkbookModal } from './OpenWorkbookModal.tsx';
import { SaveAsModal } from './SaveAsModal.tsx';
import { ImportJsonModal } from './ImportJsonModal.tsx';

export function WorkbookDialogs() {
  const open = useDialogStore((s) => s.open);
  const hide = useDialogStore((s) => s.hide);
  return (
    <>
      <NewWorkbookModal opened={open === 'newWorkbook'} onClose={hide} />
      <OpenWorkbookModal opened={open === 'openWorkbook'} onClose={hide} />
      <SaveAsModal opened={open === 'saveAs'} onClose={hide} />
      <ImportJsonModal opened={open === 'importJson'} onClose={hide} />
      <WorkbookStatusBanner />
    </>
  );
}
