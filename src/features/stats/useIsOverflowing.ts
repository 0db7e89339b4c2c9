import { useEffect, useRef, useState } from 'react';

/**
 * Whether a box's content is wider than the box (a table on a narrow phone), kept up to date
 * as the box or the text changes size (rotation, language, zoom). Without ResizeObserver
 * (old browsers, some test DOMs) it is checked once.
 */
export function useIsOverflowing<T extends HTMLElement>(): {
  ref: React.RefObject<T | null>;
  isOverflowing: boolean;
} {
  const ref = useRef<T>(null);
  const [isOverflowing, setIsOverflowing] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    // One pixel of slack: rounding of fractional widths is not "wider".
    const check = () => setIsOverflowing(box.scrollWidth > box.clientWidth + 1);
    check();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(check);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return { ref, isOverflowing };
}
