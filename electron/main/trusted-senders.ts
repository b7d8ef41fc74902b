import type { IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';
import { isAppUrl } from './app-protocol-path.ts';

/** The windows we created (main and print windows): the only WebContents whose IPC we answer. */
export class TrustedContents {
  private readonly ids = new Set<number>();

  add(contents: WebContents): void {
    this.ids.add(contents.id);
    contents.once('destroyed', () => this.ids.delete(contents.id));
  }

  has(contents: WebContents): boolean {
    return this.ids.has(contents.id);
  }

  /**
   * An IPC message is answered only if it comes from the main frame of one of our windows while
   * that frame shows our app:// page. A subframe, a frame that navigated elsewhere, or any other
   * WebContents is refused, whatever it claims.
   */
  isTrusted(event: IpcMainEvent | IpcMainInvokeEvent): boolean {
    const frame = event.senderFrame;
    if (!frame || !this.has(event.sender)) return false;
    // Compared by frame-tree node, not object identity: Electron may hand out a new wrapper per event.
    if (
      frame.parent !== null ||
      frame.detached ||
      frame.frameTreeNodeId !== event.sender.mainFrame.frameTreeNodeId
    ) {
      return false;
    }
    return isAppUrl(frame.url);
  }
}
