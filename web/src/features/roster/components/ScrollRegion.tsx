import type { ReactNode } from "react";

/**
 * Wide content (the table, the timeline) scrolls sideways on a phone. Keyboard users can only
 * scroll what they can focus, so the region is focusable and named.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
