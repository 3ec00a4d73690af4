// Without a browser, state a component sets after a server render is dropped; a component test records it instead:
// vi.mock('react', async (importOriginal) => { const real = …; return { ...real, useState: recordingUseState(real.useState) }; }).
import type { Dispatch, SetStateAction, useState } from 'react';

export const stateUpdates: unknown[] = [];

export function recordingUseState(real: typeof useState): typeof useState {
  return (<S>(initial?: S | (() => S)) => {
    const [value, set] = real(initial);
    const record: Dispatch<SetStateAction<S | undefined>> = (next) => {
      stateUpdates.push(next);
      set(next);
    };
    return [value, record];
  }) as typeof useState;
}
