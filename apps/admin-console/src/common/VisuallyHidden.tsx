import type { ReactNode } from 'react';

// Clipped rather than `display: none`, so screen readers still read it.
const HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/** Text for screen readers only, such as the name of a column that holds buttons. */
export const VisuallyHidden = ({ children }: { children: ReactNode }) => <span style={HIDDEN}>{children}</span>;
