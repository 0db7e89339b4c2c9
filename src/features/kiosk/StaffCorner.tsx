import { useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { KIOSK_TIMING } from './kiosk-timing.ts';

/**
 * The way out for staff: a discreet corner control that opens the PIN prompt after a long press
 * (a citizen tapping it by chance gets nothing). Keyboard users (staff with a keyboard attached)
 * open it with Enter or Space; the PIN still guards it.
 */
export function StaffCorner({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation('kiosk');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const cancel = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
  };
  const start = () => {
    cancel();
    timer.current = setTimeout(() => {
      timer.current = undefined;
      onOpen();
    }, KIOSK_TIMING.staffLongPress);
  };
  // A click from a pointer is a short press: ignored. detail 0 = activated by keyboard.
  const onClick = (event: MouseEvent) => {
    if (event.detail === 0) onOpen();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen();
    }
  };
  return (
    <button
      type="button"
      className="kiosk-staff-corner"
      aria-label={t('staff.corner')}
      onPointerDown={start}
      onPointerUp={cancel}
      onPointerLeave={cancel}
      onPointerCancel={cancel}
      onContextMenu={(event) => event.preventDefault()}
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="3" fill="currentColor" />
      </svg>
    </button>
  );
}
