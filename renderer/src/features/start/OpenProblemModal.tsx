import { Modal } from '@mantine/core';
import type { ApiError } from '../../../../shared/contract/index.ts';
import { OpenProblem } from './OpenProblem.tsx';

export interface OpenFailure {
  path: string;
  error: Pick<ApiError, 'code' | 'message'>;
}

interface Props {
  failure: OpenFailure | null;
  onClose: () => void;
  onOpenReadOnly: (path: string) => void;
}

/** A recent workbook that did not open: why, and what can be done about it. */
export function OpenProblemModal({ failure, onClose, onOpenReadOnly }: Props) {
  return (
    <Modal opened={failure !== null} onClose={onClose} title="Open workbook" size="lg">
      {failure && (
        <OpenProblem
          path={failure.path}
          error={failure.error}
          onOpenReadOnly={() => onOpenReadOnly(failure.path)}
          onRestored={onClose}
        />
      )}
    </Modal>
  );
}
